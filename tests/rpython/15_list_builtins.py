"""Builtins on sequences: list(), enumerate, zip, reversed, sorted, min/max of several arguments."""


def dot(a, b):
    total = 0
    for x, y in zip(a, b):
        total += x * y
    return total


def entry_point(argv):
    print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), list("abc"))
    print(list([1, 2, 3]), list(reversed([1, 2, 3])), list(reversed(["x", "y", "z"])))
    for i, w in enumerate(["zero", "one", "two"]):
        print(i, w)
    print(list(enumerate(["a", "b"])))
    a = [1, 2, 3, 4]
    b = [10, 20, 30]
    print(list(zip(a, b)), dot(a, b))
    for x, y in zip(["p", "q", "r"], [1.5, 2.5, 3.5]):
        print(x, y)
    for item in reversed(a):
        print("rev", item)
    print(sorted([5, 2, 8, 1]), sorted(["b", "a", "c"]), sorted(list("banana")), sorted([]))
    src = [3, 1, 2]
    out = sorted(src)
    print(src, out)
    print(max(3, 7), min(3, 7), max(1, 5, 3, 2), min(4.5, 2.25, 9.0), max("apple", "pear", "fig"))
    print(max(4, 8, 1), min(4, 8, 1), max("b", "a"), min(-1.5, 0.0))
    idx = 0
    for i, ch in enumerate("hello world"):
        if ch == "o":
            idx = i
    print("last o at", idx)
    names = ["ann", "bob", "cy"]
    ages = [31, 25, 40]
    for n, age in zip(names, ages):
        print(f"{n} is {age}")
    print(len(list(zip(names, [1]))))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
