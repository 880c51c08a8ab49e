"""Booleans: and/or/not, truthiness of numbers, strings, lists and dicts, chained comparisons, conditional expressions."""


def truthy_int(n):
    if n:
        return "yes"
    return "no"


def truthy_str(s):
    return "yes" if s else "no"


def truthy_list(items):
    if not items:
        return "empty"
    return "non-empty"


def truthy_dict(d):
    return "non-empty" if d else "empty"


def classify(n):
    # chained comparisons evaluate the middle operand once
    if 0 <= n < 10:
        return "digit"
    elif 10 <= n <= 99:
        return "two digits"
    elif n < 0:
        return "negative"
    else:
        return "big"


def in_order(a, b, c):
    return a < b < c


def sign(x):
    return -1 if x < 0 else (1 if x > 0 else 0)


def entry_point(argv):
    t = True
    f = False
    print(t, f, not t, not f)
    print(t and f, t or f, f or t, f and t, t and t, f or f)
    print(t == 1, f == 0, t + t, t * 10, f + 5)
    print(1 < 2, 2 < 1, 3 == 3, 3 != 3, True > False)
    print(truthy_int(0), truthy_int(7), truthy_int(-1))
    print(truthy_str(""), truthy_str("x"), truthy_str(" "))
    print(truthy_list([]), truthy_list([0]), truthy_list([1, 2]))
    print(truthy_dict({}), truthy_dict({"a": 1}))
    print("float zero", "true" if 0.0 else "false", "true" if 0.5 else "false")
    for n in [-5, 0, 9, 10, 99, 100]:
        print(n, classify(n))
    print(in_order(1, 2, 3), in_order(1, 3, 2), in_order(3, 2, 1))
    print(1 < 2 < 3 < 4, 1 < 2 > 3, 1 == 1 == 1, 5 > 4 >= 4 > 3)
    print(sign(-7), sign(0), sign(12), sign(-0))
    x = 5
    y = 0
    # short-circuit: the division is never evaluated
    print(y != 0 and x // y > 1)
    print(y == 0 or x // y > 1)
    print(not (x > 3 and y < 1), not x, not y)
    count = 0
    for i in range(20):
        if i % 2 == 0 and i % 3 == 0 or i == 7:
            count += 1
    print("count", count)
    print(bool(0), bool(3), bool(""), bool("a"), bool([]), bool([1]))
    print(str(True), str(False), int(True), int(False))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
