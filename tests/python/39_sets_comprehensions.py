# Sets (printed sorted: our iteration order is insertion order), set/dict comprehensions, nested comprehension clauses.
s = {3, 1, 2}
s.add(5)
s.discard(1)
print(sorted(s), len(s), 2 in s, 1 in s, set(), {1} == {1}, sorted({x % 3 for x in range(10)}))
a = set([1, 2, 3, 4])
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), {1, 2} <= a, a >= {9}, {1} < {1, 2})
print(sorted(a.union(b)), a.issubset({1, 2, 3, 4, 5}), a.isdisjoint({7}))
print([x * y for x in range(3) for y in range(3) if x != y], {k: v for k, v in [(1, 2), (3, 4)]})
print({w: len(w) for w in "a bb ccc".split()}, [(i, j) for i in range(3) for j in range(i)])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], set()).add(len(w))
print({k: sorted(v) for k, v in by_letter.items()})
print(sum(x * y for x in range(4) for y in range(4)), list(x + y for x in "ab" for y in "cd"))
seen = set()
dups = []
for x in [1, 2, 1, 3, 2, 4]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, len(seen))
print({1, 2} == {2, 1}, sorted({"b", "a"}), {(1, 2), (1, 2)} == {(1, 2)})
