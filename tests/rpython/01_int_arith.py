"""Integer arithmetic: + - * // % ** with Python's signs, bit operations, comparisons."""


def show_divmod(a, b):
    # floor division and modulo follow the sign rules of Python, not C
    print(a, "//", b, "=", a // b, "  ", a, "%", b, "=", a % b)


def power_table(base, top):
    result = []
    for e in range(top + 1):
        result.append(base ** e)
    return result


def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def entry_point(argv):
    a = 17
    b = 5
    print(a + b, a - b, a * b, a // b, a % b)
    print(-a + b, b - a, -a * b, -(a * b))
    for x in [7, -7]:
        for y in [2, -2, 3, -3]:
            show_divmod(x, y)
    show_divmod(0, 5)
    show_divmod(-1, 10)
    show_divmod(1, -10)
    show_divmod(-100, 7)
    print(power_table(2, 10))
    print(power_table(-3, 7))
    print(2 ** 62, 7 ** 0, 0 ** 0, 10 ** 18, (-2) ** 61)
    print(9223372036854775807, -9223372036854775807 - 1)
    # bit operations
    print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
    print(1 << 10, 1 << 62, 1024 >> 3, -17 >> 2, -1 >> 10, 17 >> 2)
    print(-17 & 0xFF, 0xDEAD ^ 0xBEEF, 0o777, 0b101101)
    # comparisons
    print(a < b, a > b, a <= 17, a >= 18, a == 17, a != 17)
    print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
    total = 0
    for n in range(1, 30):
        total += collatz_steps(n)
    print("collatz total", total, collatz_steps(27))
    print(max(3, 9, -2), min(3, 9, -2), max(-5, -6), min(4, 4, 4))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
