"""Functions: positional and keyword arguments, constant defaults, early return, multiple return values."""


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def area(width, height=1):
    return width * height


def clamp(value, low=0, high=100):
    if value < low:
        return low
    if value > high:
        return high
    return value


def describe(n, unit="item", plural_suffix="s", show_zero=True):
    if n == 0 and not show_zero:
        return ""
    if n == 1:
        return "1 " + unit
    return str(n) + " " + unit + plural_suffix


def scale(x, factor=2.0, offset=0.0):
    return x * factor + offset


def first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            return i
    return -1


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def entry_point(argv):
    print(greet("Ada"))
    print(greet("Bob", "Hi"))
    print(greet("Cy", punct="?"))
    print(greet(punct=".", name="Dee", greeting="Bye"))
    print(greet("Eve", greeting="Yo", punct="!!"))
    print(area(3, 4), area(5), area(height=2, width=7))
    print(clamp(-5), clamp(50), clamp(500), clamp(5, 10), clamp(5, high=3), clamp(value=7, low=8, high=9))
    print(describe(0), describe(1), describe(2), describe(3, "box", "es"))
    print("[" + describe(0, show_zero=False) + "]", describe(5, unit="mouse", plural_suffix="-ish"))
    print(scale(1.5), scale(1.5, 3.0), scale(1.5, offset=1.0), scale(x=2.0, offset=-1.0, factor=0.5))
    print(first_negative([3, 1, -4, 1, -5]), first_negative([1, 2]), first_negative([]))
    print(ackermann(2, 3), ackermann(3, 3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
