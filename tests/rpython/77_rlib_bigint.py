"""Pure-RPython library modules: `rlib.rbigint` is loaded from rlib/ like a
program module, by every import form."""

from rlib.rbigint import rbigint, fromint, fromstr
from rlib import rbigint as bigmod
import rlib.rbigint


def factorial(n):
    result = fromint(1)
    for i in range(2, n + 1):
        result = result.mul(fromint(i))
    return result


def fibonacci(n):
    a = bigmod.fromint(0)
    b = bigmod.fromint(1)
    for _ in range(n):
        a, b = b, a.add(b)
    return a


def describe(x):
    return "%s (%d bits, fits in a word: %s)" % (x.str(), x.bit_length(), x.fits_int())


def entry_point(argv):
    print(describe(factorial(25)))
    print(describe(fibonacci(100)))
    big = rlib.rbigint.fromstr("123456789012345678901234567890", 10)
    q, r = big.divmod(fromint(97))
    print(q.str(), r.str())
    print(big.sub(big).is_zero(), fromint(-7).neg().str())
    print(fromstr("-ff", 16).str(), big.format_base(16, False))
    value = fromint(1).lshift(70)
    print(value.str(), value.rshift(69).toint())
    print(isinstance(value, rbigint))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
