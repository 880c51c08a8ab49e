# Dicts: insertion order, methods, iteration, keys of several types.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d)
print(d.get("z"), d.get("z", 0), d.get("a"))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print(list(d.keys()), list(d.values()))
del d["b"]
print(d, d.pop("c"), d)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
mixed = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", True: "bool"}
print(mixed[1], mixed[(1, 2)], mixed[2.5], len(mixed))
d2 = dict(x=1, y=2)
d2.setdefault("z", 3)
d2.update({"x": 100})
print(d2, d2 == {"x": 100, "y": 2, "z": 3}, dict([(1, 2), (3, 4)]))
big = {}
for i in range(100):
    big[i] = i * i
for i in range(0, 100, 2):
    del big[i]
print(len(big), big[51], sum(big.values()))
