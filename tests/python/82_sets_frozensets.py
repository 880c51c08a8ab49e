# Sets and frozensets: algebra, methods, comprehensions, hashing of frozensets.

def show(label, s):
    print(label, sorted(s), len(s))

evens = {x for x in range(20) if x % 2 == 0}
threes = set(range(0, 20, 3))
show("evens", evens)
show("threes", threes)
show("union", evens | threes)
show("inter", evens & threes)
show("diff", evens - threes)
show("symdiff", evens ^ threes)
show("union()", evens.union([1, 3], (5,)))
show("intersection()", evens.intersection(range(10)))
show("difference()", evens.difference({0, 2, 4}))
show("symmetric_difference()", threes.symmetric_difference(evens))

print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {4} > {4})
print({1, 2}.issubset([1, 2, 5]), {1, 2}.issuperset({2}), {1}.isdisjoint({2, 3}))
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, set() == frozenset())

s = set()
for word in "the quick brown fox jumps over the lazy dog the end".split():
    s.add(word)
show("words", s)
s.discard("fox")
s.discard("missing")
s.remove("dog")
try:
    s.remove("dog")
except KeyError as e:
    print("KeyError", e)
popped = set([42]).pop()
print("popped", popped)
try:
    set().pop()
except KeyError as e:
    print("pop empty:", repr(e))

t = {1, 2, 3}
t |= {4}
t &= {1, 2, 4, 8}
t -= {2}
t ^= {9, 1}
show("augmented", t)
t.update([10, 11], {12})
t.difference_update({10})
t.intersection_update(range(12))
show("updated", t)
t.clear()
print("cleared", t, len(t), bool(t))

fs = frozenset("mississippi")
print(sorted(fs), len(fs), "s" in fs, "z" not in fs)
groups = {frozenset({1, 2}): "a", frozenset({3}): "b"}
print(groups[frozenset([2, 1])], groups.get(frozenset()), hash(frozenset()) == hash(frozenset()))
nested = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(nested))
print(frozenset({1, 2}) | {3}, type(frozenset({1}) | {3}).__name__)
print(repr(set()), repr(frozenset()), {5}, frozenset({7}))
copy = evens.copy()
copy.add(100)
print(100 in copy, 100 in evens)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset([1]).add
except AttributeError as e:
    print("AttributeError:", e)
print(sum({1, 2, 3}), max(frozenset([4, 9, 2])), min({-1, 5}))
print(sorted({(1, 2), (0, 5), (1, 0)}))
print(set("abc") == {"a", "b", "c"}, set([1, 1, 2]) == {1, 2})
