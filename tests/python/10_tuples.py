# Tuples: packing, unpacking, comparison, as dict keys.
t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[:2], (5,), ())
a, b, c = t
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 5), t.index("two"), (1, 1, 2).count(1))
grid = {}
grid[(0, 1)] = "x"
print(grid[(0, 1)], (0, 1) in grid, tuple([1, 2]), tuple("ab"))
[p, q] = [7, 8]
print(p + q)
