# Classes with class-level registries, __eq__/__hash__ for dict keys and sets, sorting objects.
class Product:
    registry = {}

    def __init__(self, sku, name, price):
        self.sku = sku
        self.name = name
        self.price = price
        Product.registry[sku] = self

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __lt__(self, other):
        return self.price < other.price

    def __repr__(self):
        return f"Product({self.sku!r}, {self.price})"


items = [Product("b1", "bolt", 0.25), Product("n1", "nut", 0.1), Product("s1", "screw", 0.15)]
stock = {items[0]: 100, items[1]: 250}
stock[Product("s1", "screw again", 0.15)] = 80
print(len(stock), stock[items[2]], sorted(items), min(items), max(items).name)
print(sorted(Product.registry), Product.registry["b1"].name, Product.registry["s1"].name)
unique = {items[0], Product("b1", "dup", 9.0), items[1]}
print(len(unique), items[0] == Product("b1", "x", 0), items[0] != items[1], items[0] in [items[1], items[0]])
value = sum(p.price * q for p, q in stock.items())
print(round(value, 2))
