# Assorted built-in behaviour: ranges (slicing, equality), tuples, dict helpers,
# float/int parsing with underscores, slice objects, formatting.
import sys
def outer():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = outer()
add(1); add(2)
print(items)
text = "hello world"
counts = {c: text.count(c) for c in set(text) if c != " "}
print(sorted(counts.items()))
print(text.title(), text.split("o", 1), text.find("o", 5), text.rfind("o"), text[-5:].upper())
nums = [5, 2, 9]
nums.sort(key=lambda n: -n)
print(nums, sorted(nums) == nums[::-1])
print(list(range(10, 0, -3)), list(range(-5)), range(3)[1], len(range(0, 100, 7)), 7 in range(0, 10, 7))
print(range(10)[2:8:2], list(range(10)[::-1][:3]), range(5) == range(5))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([list(r) for r in zip(*matrix)], [row[i] for i, row in enumerate(matrix)])
print("a,b;c".replace(";", ",").split(","), "x=1&y=2".split("&"), dict(p.split("=") for p in "x=1&y=2".split("&")))
print(str(1.0), str(1e100), repr(1.5e-7), 1e16, 123456789012345678.0, -0.0, float("nan") == float("nan"))
print(int("0x10", 16), int("10", 2), int(" 42\n"), float("1_000.5"), 1_000.5)
print(isinstance(True, int), True + 1, sum([True, True, False]), max(True, 2))
print([x for x in "abc"], list(reversed(range(3))), tuple("ab"), set() == set([]))
t = (1, 2, 3)
print(t.index(2), t.count(1), t + (4,), t * 2, t[1:], len(t), t < (1, 3), hash(t) == hash((1, 2, 3)))
d = dict.fromkeys("abc", 0)
d.update(b=5)
print(d, list(d.values()), d.pop("a"), d, "c" in d, len(d))
print(sys.getrecursionlimit() > 0, divmod(10, 3), pow(2, 10, 1000), abs(-2.5), round(-2.5), round(0.125, 2))
print("Done: %d items, %.2f avg, %s" % (3, 2.0 / 3, [1]))
s = "The Zen of Python"
print(s.lower().split(), s.swapcase(), s.startswith("The"), s.endswith(("on", "x")), s.index("Zen"))
print(*range(3), sep=", ", end="!\n")
print(f"{3.14159:.2f} {42:>6} {'left':<6}| {255:#x} {1e6:,.0f} {0.5:.0%}")
r = range(3, 30, 4)
for s in [slice(None), slice(2, 5), slice(None, None, -1), slice(5, 1, -2), slice(-3, None), slice(100, 200), slice(None, None, 3), slice(-100, 3)]:
    sub = r[s.start:s.stop:s.step]
    print(sub, list(sub) == list(r)[s.start:s.stop:s.step])
print(range(10)[::-1], range(0)[::-1], range(10, 0, -2)[1:3])
