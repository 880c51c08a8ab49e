# Set order for floats, bools mixed with ints, tuples of ints, frozensets,
# sets built from dicts and copies; hash() equals CPython's for them.

print({0.5, 1e300, 1.5, -2.25, 3.0, 1e-300, float("inf"), -float("inf")})
print({0.1, 0.2, 0.3, 0.25, 0.125, 2.5, 1e16, 1e20, -0.5})
print({True, False, 2, 1.0, 0})
one = 1
print({True, one, 1.0}, {1.0, one, True}, {False, 0, 0.0, 3})
print({(1, 2), (3, 4), (5,), (), (-1, 0)})
print({(i, i * i) for i in range(12)})
print({(i, (j, -j)) for i in range(3) for j in range(3)})
print([hash(x) for x in [0.5, 1e300, -0.0, 1.5, -2.25, 1e-300, 0.1, float("inf"), -float("inf")]])
print([hash(x) for x in [(), (1,), (1, 2), (1, (2, 3)), (-1, -2), (0.5, True), ((),)]])
print([hash(x) for x in [True, False, 1.0, 2.0 ** 80, 10.0 ** 20]])
print(hash(2.0 ** 80) == hash(2 ** 80), hash(1e20) == hash(10 ** 20))

print(frozenset([9, 8, 1 << 40, 33]))
print(frozenset([-1, -2, -3, 5, 9, 2]), set(frozenset([-1, -2, -3, 5, 9, 2])))
print({frozenset([1]), frozenset([2, 3]), frozenset(), frozenset(range(5))})
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([(1, 2), 0.5])))

keyed = {k: 1 for k in [100, 3, 57, 8, 1000, 64, -7, 2 ** 40]}
print(set(keyed))
print(set(keyed.keys()))
print(set(keyed.items()))
print(set(keyed.values()))
updated = {5, 6}
updated.update(keyed)
print(updated)

whole = set(range(50))
print(whole.copy())
print(set(whole), frozenset(whole))
holes = {x for x in range(80)}
for x in range(0, 80, 2):
    holes.remove(x)
print(holes.copy())
print(frozenset(holes))
print(set([3, 11, 19, 27, 35]))
print(set((35, 27, 19, 11, 3)))
print({x for x in [35, 27, 19, 11, 3]})
for x in {16, 8, 0, 24}:
    print(x, end=" ")
print()
print([x * 2 for x in {16, 8, 0, 24, -8}])
