# A small inventory system: classes, dicts, exceptions, formatting, sorting.
class OutOfStock(Exception):
    pass


class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return "Item(%r, %r, %.2f, %d)" % (self.sku, self.name, self.price, self.qty)


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))

    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < qty:
            raise OutOfStock("%s: wanted %d, have %d" % (item.name, qty, item.qty))
        item.qty -= qty
        self.log.append(("remove", sku, qty))
        return item.price * qty

    def total_value(self):
        return sum(item.value for item in self.items.values())

    def report(self):
        lines = ["%-6s %-12s %8s %5s %10s" % ("SKU", "Name", "Price", "Qty", "Value")]
        for item in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            lines.append("%-6s %-12s %8.2f %5d %10.2f" % (item.sku, item.name, item.price, item.qty, item.value))
        lines.append("%-6s %-12s %8s %5d %10.2f" % ("", "TOTAL", "", sum(i.qty for i in self.items.values()),
                                                   self.total_value()))
        return "\n".join(lines)


inv = Inventory()
inv.add(Item("A1", "widget", 2.5, 100))
inv.add(Item("B2", "gadget", 13.99, 7))
inv.add(Item("C3", "doohickey", 0.35, 1000))
inv.add(Item("A1", "widget", 2.5, 20))
print(inv.report())
revenue = 0.0
for sku, qty in [("A1", 30), ("B2", 8), ("Z9", 1), ("C3", 999)]:
    try:
        revenue += inv.remove(sku, qty)
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown sku:", e)
print("revenue %.2f" % revenue)
print(inv.report())
print(len(inv.log), inv.log[-1], inv.items["C3"])
