# Grouping and aggregation with dicts of lists (a report over records).
sales = [
    ("north", "alice", "widget", 3, 2.50), ("south", "bob", "gadget", 1, 10.00),
    ("north", "carol", "gadget", 2, 10.00), ("east", "dave", "widget", 10, 2.25),
    ("south", "bob", "widget", 4, 2.50), ("north", "alice", "gizmo", 1, 99.99),
    ("east", "erin", "gizmo", 2, 95.00), ("south", "frank", "gadget", 5, 9.50),
]
by_region = {}
for region, rep, product, qty, price in sales:
    by_region.setdefault(region, []).append((rep, product, qty * price))
for region in sorted(by_region):
    rows = by_region[region]
    total = sum(amount for _, _, amount in rows)
    best = max(rows, key=lambda r: r[2])
    print("%-6s n=%d total=%8.2f best=%s/%s" % (region, len(rows), total, best[0], best[1]))
by_product = {}
for _, _, product, qty, price in sales:
    stats = by_product.get(product)
    if stats is None:
        stats = by_product[product] = {"qty": 0, "revenue": 0.0, "prices": set()}
    stats["qty"] += qty
    stats["revenue"] += qty * price
    stats["prices"].add(price)
for product, stats in sorted(by_product.items(), key=lambda kv: -kv[1]["revenue"]):
    print(product, stats["qty"], round(stats["revenue"], 2), sorted(stats["prices"]))
reps = {}
for region, rep, *_ in sales:
    reps.setdefault(rep, set()).add(region)
print(sorted((rep, sorted(regions)) for rep, regions in reps.items()))
matrix = {(r, p): 0 for r in sorted(by_region) for p in sorted(by_product)}
for region, _, product, qty, _ in sales:
    matrix[region, product] += qty
print("      " + "".join("%8s" % p for p in sorted(by_product)))
for r in sorted(by_region):
    print("%-6s" % r + "".join("%8d" % matrix[r, p] for p in sorted(by_product)))
