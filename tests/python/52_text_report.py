# A formatted report: grouping, sorting by several keys, aligned columns.
records = [
    ("north", "apples", 120, 0.5),
    ("south", "pears", 80, 0.75),
    ("north", "pears", 45, 0.8),
    ("east", "apples", 200, 0.45),
    ("south", "apples", 95, 0.55),
    ("east", "plums", 30, 1.2),
]
by_region = {}
for region, fruit, qty, price in records:
    by_region.setdefault(region, []).append((fruit, qty, price))
print(f"{'region':<8}{'fruit':<8}{'qty':>5}{'value':>9}")
print("-" * 30)
grand = 0.0
for region in sorted(by_region):
    rows = sorted(by_region[region], key=lambda r: (-r[1], r[0]))
    subtotal = 0.0
    for fruit, qty, price in rows:
        value = qty * price
        subtotal += value
        print(f"{region:<8}{fruit:<8}{qty:>5}{value:>9.2f}")
    print(f"{'':<16}{'sum':>5}{subtotal:>9.2f}")
    grand += subtotal
print("=" * 30)
print(f"{'total':<21}{grand:>9.2f}")
fruits = {}
for _, fruit, qty, _ in records:
    fruits[fruit] = fruits.get(fruit, 0) + qty
ranking = sorted(fruits.items(), key=lambda kv: kv[1], reverse=True)
print(", ".join(f"{name}={qty}" for name, qty in ranking))
