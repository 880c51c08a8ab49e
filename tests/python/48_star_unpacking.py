# Starred assignment targets and starred items in list/tuple displays.
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
a, *mid, b = range(6)
x, *empty, y = (1, 2)
print(first, rest, init, last, a, mid, b, empty)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
parts = [*rest, *"xy", 0]
t = (*init, last, *[9])
print(parts, t, [*range(3)], (*[],))
try:
    p, q, *r = [1]
except ValueError as e:
    print(e)
