# An uncaught KeyError from a nested lookup: traceback and exit status 1.
inventory = {"apples": 3, "pears": 0}


def take(item, count):
    available = inventory[item]
    if available < count:
        raise ValueError("only %d %s left" % (available, item))
    inventory[item] = available - count
    return inventory[item]


def process(orders):
    for item, count in orders:
        print("taking", count, item, "->", take(item, count))


try:
    process([("apples", 1), ("pears", 1)])
except ValueError as e:
    print("ValueError:", e)
process([("apples", 2), ("plums", 1)])
