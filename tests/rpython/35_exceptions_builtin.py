"""Built-in exceptions raised by operations: ZeroDivisionError, IndexError, KeyError, ValueError from int()/float()."""


def divide(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -999


def fdivide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")


def modulo(a, b):
    try:
        return a % b
    except ZeroDivisionError:
        return -1


def get_item(items, i):
    try:
        return items[i]
    except IndexError:
        return "out of range"


def get_key(d, k):
    try:
        return d[k]
    except KeyError:
        return -1


def to_int(s):
    try:
        return int(s)
    except ValueError:
        return -1


def to_float(s):
    try:
        return float(s)
    except ValueError:
        return -1.0


def pop_empty(items):
    try:
        items.pop()
        return "popped"
    except IndexError:
        return "empty"


def entry_point(argv):
    print(divide(7, 2), divide(7, 0), divide(-7, 0))
    print(fdivide(1.0, 4.0), fdivide(1.0, 0.0), fdivide(-3.0, 0.0))
    print(modulo(7, 3), modulo(7, 0), modulo(-7, 3))
    words = ["a", "b", "c"]
    print(get_item(words, 0), get_item(words, -1), get_item(words, 3), get_item(words, -4))
    d = {"x": 1, "y": 2}
    print(get_key(d, "x"), get_key(d, "z"))
    del d["x"]
    print(get_key(d, "x"))
    try:
        del d["nope"]
    except KeyError:
        print("cannot delete missing key")
    try:
        d.pop("nope")
    except KeyError:
        print("cannot pop missing key")
    print(to_int("12"), to_int("12.5"), to_int("abc"), to_int(""), to_int(" 7 "))
    print(to_float("1.5"), to_float("one"), to_float("1e400"), to_float("nan") != to_float("nan"))
    print(pop_empty([1]), pop_empty([]))
    try:
        words.index("zzz")
    except ValueError:
        print("index: not in list")
    try:
        words.remove("zzz")
    except ValueError:
        print("remove: not in list")
    s = "abc"
    try:
        print(s[10])
    except IndexError:
        print("string index out of range")
    total = 0
    for b in [3, 0, 2, 0, 1]:
        try:
            total += 12 // b
        except ZeroDivisionError:
            total += 1000
    print("total", total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
