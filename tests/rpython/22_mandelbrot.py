# args: 64 24
"""ASCII-art Mandelbrot set: float loops, nested while/for, string building, argv parsing."""

PALETTE = " .:-=+*#%@"


def escape_time(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return limit


def render(width, height, limit):
    rows = []
    inside = 0
    for y in range(height):
        ci = -1.2 + 2.4 * y / (height - 1)
        line = []
        for x in range(width):
            cr = -2.1 + 2.8 * x / (width - 1)
            n = escape_time(cr, ci, limit)
            if n == limit:
                inside += 1
                line.append("@")
            else:
                line.append(PALETTE[n * (len(PALETTE) - 1) // limit])
        rows.append("".join(line).rstrip())
    return rows, inside


def entry_point(argv):
    width = 64
    height = 24
    if len(argv) > 2:
        width = int(argv[1])
        height = int(argv[2])
    rows, inside = render(width, height, 50)
    for row in rows:
        print(row)
    print(f"{width}x{height} points, {inside} inside the set")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
