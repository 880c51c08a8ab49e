# Order of the results of set algebra, operators and methods, in place or
# not, as CPython computes them.

a = set(range(0, 60, 3))
b = set(range(0, 60, 5)) | {1000, 77}
print(a | b)
print(a & b)
print(a - b)
print(a ^ b)
print(b | a)
print(b & a)
print(b - a)
print(b ^ a)
small = {45, 3, 1000}
print(a - small, small - a, a & small, small & a)
print(frozenset(a) | b, frozenset(b) & a)

print(a.union([4, 99], (1,)), a.intersection(range(100)), a.difference([5]))
print(a.symmetric_difference([5, 6, 3]), a.union(), a.intersection(b, range(30)))
print(a.difference(b, {6, 9}), b.difference())

c = set(a)
c &= b
print(c)
c ^= {3, 4, 5}
print(c)
c -= {3}
print(c)
c |= set(range(8))
print(c)
d = set(range(40))
d -= set(range(0, 40, 2))
print(d)
d.difference_update(range(1, 20))
print(d)
d.intersection_update(range(25, 100))
print(d)
d.symmetric_difference_update([27, 28, 100, 200])
print(d)
d.update([7, 8], {9, 10})
print(d)
big = set(range(200))
big -= {1, 2, 3}
print(len(big), list(big)[:10])
trimmed = set(range(100))
trimmed.difference_update(range(0, 100, 2))
print(trimmed)
trimmed.add(2)
trimmed.add(4)
print(trimmed)
e = {1, 2, 3}
e -= e
print(e)
e = {1, 2, 3}
e ^= e
print(e)
e = set()
for i in range(20):
    e.add(i * 31)
e.clear()
e.update([31, 62, 7])
print(e)

# pop() keeps its position across an in-place intersection
f = set(range(0, 64, 2)) | {1 << 40, 3 << 50}
print(f.pop(), f.pop(), f.pop())
f &= set(range(0, 64, 4)) | {3 << 50}
print(f.pop(), f.pop(), f)
f.intersection_update(range(30))
print(f.pop(), f)
