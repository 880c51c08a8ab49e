# dict methods, views, comprehensions, merging, ordering.
stock = {"apple": 5, "pear": 2}
stock.update({"kiwi": 7}, plum=1)
stock.update([("fig", 3)])
print(stock, len(stock))
print(stock.get("apple"), stock.get("nope"), stock.get("nope", 0), stock.setdefault("lime", 4), stock.setdefault("apple", 100))
print(stock.pop("pear"), stock.pop("nope", "missing"), stock.popitem(), stock)
keys = stock.keys()
values = stock.values()
items = stock.items()
stock["new"] = 9
print(list(keys), list(values), list(items)[-1], len(keys), "kiwi" in keys, 9 in values, ("new", 9) in items)
print({k: v * 2 for k, v in stock.items() if v > 3})
inverted = {v: k for k, v in stock.items()}
print(sorted(inverted.items()))
merged = dict(stock)
merged.update(apple=0)
print(merged == stock, merged["apple"], stock["apple"])
print(dict.fromkeys(["a", "b"], 0), dict(zip("xy", [1, 2])), dict(a=1, b=2), dict([(1, 2)]))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda c: -counts[c]))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
copy = nested.copy()
copy["x"] = 1
print("x" in nested, copy["a"] is nested["a"])
del copy["x"]
copy.clear()
print(copy, bool(copy), bool(nested))
print(dict(stock, apple=-1)["apple"], stock["apple"])
for k in list(stock):
    if stock[k] > 4:
        del stock[k]
print(stock)
try:
    for k in stock:
        stock["zz" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
