# Comprehensions have their own scope: their variables do not leak, and the
# first iterable is evaluated in the enclosing scope.
x = "module x"
squares = [x * x for x in range(5)]
print(squares, x)
pairs = {(k, v) for k in "ab" for v in range(2)}
print(sorted(pairs), "k" in globals() if False else "no leak")
inverse = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverse)


def shadow():
    x = 5
    doubled = [x * 2 for x in range(3)]
    return x, doubled


print(shadow())


class Table:
    size = 3
    rows = [r * 10 for r in range(size)]
    labels = {name: len(name) for name in ("a", "bb")}


print(Table.rows, Table.labels)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
captured = [(lambda n=i: n)() for i in range(3)]
print(captured)
nested = [[i * j for j in range(i)] for i in range(4)]
print(nested)
total = 0
result = [total + n for n in range(4)]
print(result, total)


def uses_enclosing(scale):
    return [scale * n for n in range(3)]


print(uses_enclosing(7))
matrix = [[1, 2], [3, 4]]
flat = [cell for row in matrix for cell in row if cell % 2 == 0]
print(flat, [row for row in matrix if sum(row) > 3])
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print(sum(n for n in range(10)), max(len(w) for w in ["a", "abc"]))
