# sorted/min/max/sum with key=, default=, reverse=, start; stability.
people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cid", 31, 5.9), ("dee", 19, 5.2), ("eve", 25, 5.5)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print([p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])
print(min(people, key=lambda p: p[2]), max(people, key=lambda p: p[1]))
print(min([], default="none"), max([], key=len, default=0), min(3, 1, 2), max("b", "a", "c"))
print(max(["apple", "fig", "banana"], key=len), min("hello world".split(), key=len))
print(sorted("Banana apple Cherry".split(), key=str.lower), sorted([3, -1, -4, 2], key=abs))
print(sum([1, 2, 3], 10), sum([[1], [2, 3]], []), sum([0.1] * 10), sum(range(101)))
words = "the quick brown fox jumps over the lazy dog".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(sorted(set(len(w) for w in words)), sorted({3: "c", 1: "a", 2: "b"}))
data = [5, 3, 8, 1]
data.sort(reverse=True)
print(data, sorted(data), data)
records = [{"name": "x", "score": 3}, {"name": "y", "score": 9}, {"name": "z", "score": 3}]
print([r["name"] for r in sorted(records, key=lambda r: r["score"])])
print(max(records, key=lambda r: r["score"])["name"], min(range(10), key=lambda n: (n - 6) ** 2))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(sorted("hello"))), sorted((3, 1, 2)), sorted("cab", reverse=True))
