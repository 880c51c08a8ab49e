# Generator expressions: laziness, consumption by builtins, nesting.
nums = [3, 8, 1, 9, 4, 7]
print(sum(x * x for x in nums), max(x % 5 for x in nums), min((x for x in nums), default=0))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), any(x > 100 for x in nums))
print(sorted(x for x in nums if x % 2), list(x + y for x in (1, 2) for y in (10, 20)))
print(tuple(c.upper() for c in "abc"), set(len(w) for w in "a bb cc ddd".split()) == {1, 2, 3})
print(dict((k, v) for k, v in zip("xyz", range(3))), ",".join(str(n) for n in range(5)))

log = []


def noisy(values):
    for v in values:
        log.append(v)
        yield v


gen = (v * 10 for v in noisy([1, 2, 3, 4]))
print(log)
print(next(gen), log)
print(list(gen), log)
print(list(gen))
first_big = next((v for v in noisy(range(100)) if v * v > 50), None)
print(first_big, len(log))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(sum(row) for row in matrix), list(list(r[i] for r in matrix) for i in range(3)))
g = (i for i in range(3))
print(type(g).__name__, iter(g) is g)
total = 0
for square in (i * i for i in range(1, 11)):
    total += square
print(total, sum(1 for _ in "hello"), max((len(w), w) for w in ["pear", "fig", "banana"]))
