"""Calling with *args from a tuple of known length, and passing tuples through functions."""


def volume(w, h, d):
    return w * h * d


def format_point(x, y):
    return "(" + str(x) + ", " + str(y) + ")"


def describe(name, age, city):
    return f"{name} ({age}) from {city}"


def make_dims(n):
    return (n, n + 1, n + 2)


def mix(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d


def entry_point(argv):
    dims = (2, 3, 4)
    print(volume(*dims))
    print(volume(*make_dims(5)))
    p = (7, -3)
    print(format_point(*p))
    person = ("Ada", 36, "London")
    print(describe(*person))
    pair = (1, 2)
    print(mix(3, 4, *pair), mix(9, 8, *pair), mix(*(4, 3, 2, 1)))
    points = [(0, 0), (1, 2), (3, 5)]
    for pt in points:
        print(format_point(*pt))
    total = 0
    for i in range(1, 4):
        total += volume(*make_dims(i))
    print(total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
