"""Float arithmetic: true division, floor division and modulo on floats, float powers, mixing with ints."""


def mean(values):
    total = 0.0
    for v in values:
        total += v
    return total / len(values)


def horner(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc


def entry_point(argv):
    x = 7.5
    y = 2.0
    print(x + y, x - y, x * y, x / y, x // y, x % y)
    print(-x // y, -x % y, x // -y, x % -y)
    print(7 / 2, -7 / 2, 1 / 4, 10 / 5, 1 / 8)
    print(2.0 ** 10, 1.5 ** 2, 4.0 ** 0.5, 2.0 ** -1, 10.0 ** 3, 0.5 ** 3)
    print(3 * 1.5, 1 + 0.25, 10 - 0.5, 9 / 1.5)
    print(x < y, x > y, x == 7.5, x != 7.5, 1.0 == 1, 2 < 2.5)
    print(mean([1.0, 2.0, 3.0, 4.0]), mean([0.5, 0.25]))
    print(horner([1.0, -3.0, 2.0], 2.0), horner([2.0, 0.0, -1.0, 5.0], 0.5))
    print(float(3), float(-12), int(3.9), int(-3.9), int(2.0))
    print(max(1.5, -3.5, 0.0), min(1.5, -3.5, 0.0))
    steps = 0
    z = 1.0
    while z > 0.001:
        z = z / 3.0
        steps += 1
    print("steps", steps)
    acc = 0.0
    i = 0
    while i < 10:
        acc += 0.1
        i += 1
    print(acc, acc == 1.0, 0.1 + 0.2, 0.1 * 3)
    print(1e300 * 1e10, -1e300 * 1e10, 5e-324, 2.5e-10)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
