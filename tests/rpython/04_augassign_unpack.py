"""Augmented assignment and tuple unpacking: module level, swaps, nested in for targets."""

WIDTH, HEIGHT = 640, 480
ORIGIN = (0, 0)
(LOW, HIGH), NAME = (1, 9), "range"
PAIRS = [(1, "one"), (2, "two"), (3, "three")]


def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


def fib_pair(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a, b


def entry_point(argv):
    print(WIDTH, HEIGHT, WIDTH * HEIGHT, ORIGIN)
    print(LOW, HIGH, NAME)
    x = 10
    x += 5
    print(x)
    x -= 3
    print(x)
    x *= 4
    print(x)
    x //= 5
    print(x)
    x %= 7
    print(x)
    x **= 3
    print(x)
    x <<= 2
    print(x)
    x >>= 1
    print(x)
    x &= 0xF0
    print(x)
    x |= 0x0F
    print(x)
    x ^= 0xFF
    print(x)
    f = 1.5
    f += 2.25
    f *= 2.0
    f /= 4.0
    f -= 0.125
    print(f)
    s = "ab"
    s += "cd"
    s *= 2
    print(s)
    items = [1, 2]
    items += [3, 4]
    print(items)
    lo, hi = min_max([5, -3, 12, 7, 0])
    print(lo, hi)
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    p, q, r = "xyz", 3, 4.5
    print(p, q, r)
    n, nxt = fib_pair(30)
    print(n, nxt)
    for number, word in PAIRS:
        print(number, word)
    for i, (number, word) in enumerate(PAIRS):
        print(i, number, word)
    triples = [((1, 2), "a"), ((3, 4), "b")]
    for (u, v), tag in triples:
        print(tag, u + v)
    total = 0
    for k, (m, w) in enumerate(PAIRS):
        total += k * m + len(w)
    print("total", total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
