"""rlib.rarithmetic.intmask and r_uint: 64-bit wrap-around arithmetic, hashing and the unsigned view of a bit pattern."""
from rlib.rarithmetic import intmask, r_uint

MAXINT = 9223372036854775807


def fnv1a(s):
    # 64-bit FNV-1a hash; the products wrap around, made explicit by intmask
    h = -3750763034362895579  # the FNV offset basis as a signed 64-bit int
    for ch in s:
        h = h ^ ord(ch)
        h = intmask(h * 0x100000001b3)
    return h


def lcg(seed, n):
    out = []
    x = seed
    for i in range(n):
        x = intmask(x * 6364136223846793005 + 1442695040888963407)
        out.append(x)
    return out


def rotl(x, k):
    return intmask((x << k) | (r_uint(x) >> (64 - k)))


def entry_point(argv):
    print(intmask(MAXINT), intmask(0), intmask(-1), intmask(12345))
    print(intmask(r_uint(-1)), intmask(r_uint(-MAXINT - 1)), intmask(r_uint(MAXINT)), intmask(r_uint(7)))
    print(r_uint(-1), r_uint(0), r_uint(5), r_uint(-MAXINT - 1), r_uint(-2) > r_uint(5))
    for w in ["", "a", "hello", "RPython", "😀"]:
        print(repr(w), fnv1a(w), r_uint(fnv1a(w)))
    print(lcg(42, 5))
    print(rotl(1, 1), rotl(1, 63), rotl(-1, 7), rotl(0x0123456789ABCDEF, 8))
    x = MAXINT
    x = intmask(x + 1)
    print(x, x == -MAXINT - 1)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
