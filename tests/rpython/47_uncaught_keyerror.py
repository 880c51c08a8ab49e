"""An uncaught KeyError from a dict lookup, raised deep in a call chain (exit status 1)."""


def lookup(table, key):
    return table[key]


def total_price(prices, items):
    total = 0
    for item in items:
        price = lookup(prices, item)
        print(item, price)
        total += price
    return total


def entry_point(argv):
    prices = {"apple": 3, "pear": 4, "fig": 7}
    print("total", total_price(prices, ["apple", "fig"]))
    print("total", total_price(prices, ["pear", "kiwi", "apple"]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
