"""Floor division and modulo by constant powers of two (which the toolchain
turns into shifts and masks) over negative, zero, positive and extreme
dividends, signed and unsigned; and `[x] * n` lists (built in one step) of
every item kind, with negative, zero and positive counts, next to one-item
lists that are also used on their own."""
from rlib.rarithmetic import intmask, r_uint


class Cell:
    def __init__(self, v):
        self.v = v


def divisions(x):
    return [x // 1, x % 1, x // 2, x % 2, x // 8, x % 8, x // 1024, x % 1024,
            x // 4611686018427387904, x % 4611686018427387904]


def unsigned_divisions(x):
    u = r_uint(x)
    top = r_uint(1) << 63
    return [intmask(u // r_uint(2)), intmask(u % r_uint(2)), intmask(u // r_uint(16)),
            intmask(u % r_uint(16)), intmask(u // top),
            intmask(u % top)]


def repeats(n):
    ints = [7] * n
    total = 0
    for i in ints:
        total += i
    zeros = [0] * n
    floats = [-0.0] * n
    flags = [True] * n
    words = ["ab"] * n
    cells = [Cell(n)] * n
    nones = [None] * n
    shared = [n]
    doubled = shared * 2
    shared.append(1)
    counts = "%d %d %d %d %d" % (len(ints), total, len(zeros), len(floats), len(flags))
    more = "%d %d %d %d" % (len(words), len(cells), len(nones), len(doubled))
    return "%s %s %s %s" % (counts, more, str(floats[:2]), ",".join(words[:3]))


def entry_point(argv):
    extra = len(argv)
    for x in [0, 1, -1, 7, -7, 8, -8, 1023, -1025, 123456789, -123456789,
              9223372036854775807, -9223372036854775807 - 1, extra * 3 - 5]:
        print(x, divisions(x))
        print(x, unsigned_divisions(x))
    for n in [-3, 0, 1, 2, 5, extra]:
        print(repeats(n))
    cells = [Cell(1)] * 3
    cells[0].v = 9
    print(cells[2].v, [x.v for x in cells])
    grid = [[0] * 3] * 2
    grid[0][1] = 4
    print(grid)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
