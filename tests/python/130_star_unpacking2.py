# Extended unpacking in assignments, loops, calls and displays.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest)
(a, b), *others = [(1, 2), (3, 4), (5, 6)]
print(a, b, others)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
print(*[1, 2], *"ab", sep="|")
print([*range(3), *"xy", 9], (*[1, 2], 3), set([*"aab"]) == {"a", "b"})


def f(a, b, c=0, *args, **kwargs):
    return a, b, c, args, sorted(kwargs.items())


print(f(*[1, 2]), f(*(1, 2, 3, 4)), f(1, *[2], **{"c": 5, "d": 6}))
args = (1, 2, 3)
kwargs = {"x": 1}
print(f(*args, *args, **kwargs))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [sum(col) for col in zip(*matrix)])
d = {"x": 1, **{"y": 2}, "z": 0, **dict(z=3)}
print(d)
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
i, j, k = "xyz"
print(k + j + i)
