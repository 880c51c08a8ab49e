# Nested lists and dicts: a small inventory report.
inventory = {
    "fruit": [("apple", 3, 0.5), ("pear", 0, 0.75)],
    "veg": [("carrot", 12, 0.1), ("leek", 2, 1.25)],
}
total = 0.0
for category in inventory:
    print(category + ":")
    for name, qty, price in inventory[category]:
        value = qty * price
        total += value
        status = "out" if qty == 0 else "ok"
        print(f"  {name:<8}{qty:>4}{value:>8.2f} {status}")
print(f"total {total:.2f}")
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [[matrix[j][i] for j in range(3)] for i in range(3)]
print(matrix, transposed)
flat = []
for row in matrix:
    flat.extend(row)
print(flat, sum(flat), flat[2:4])
