"""Hashes of numbers and tuples computed exactly as CPython 3.11 does, so
that set iteration order (which follows the hashes) matches CPython.

Numbers hash to their value modulo the Mersenne prime 2**61 - 1, keeping
the sign, which makes equal ints, floats and bools hash alike.  All the
arithmetic is on 64-bit words: results are wrapped with ``intmask`` and
right shifts of values that may be "negative" (unsigned in C) go through
``unsigned_rshift``.
"""

from rlib.rarithmetic import intmask
from settable import unsigned_rshift

HASH_BITS = 61
HASH_MODULUS = 2305843009213693951   # 2**61 - 1
HASH_INF = 314159
MIN_INT = -9223372036854775807 - 1

# xxHash constants of CPython's tuple hash, written as signed 64-bit words
XXPRIME_1 = -7046029288634856825     # 11400714785074694791
XXPRIME_2 = -4417276706812531889     # 14029467366897019727
XXPRIME_5 = 2870177450012600261


def no_minus_one(h):
    """-1 is CPython's error marker, never a hash."""
    if h == -1:
        return -2
    return h


def hash_int(value):
    if value >= 0:
        return value % HASH_MODULUS
    if value == MIN_INT:
        # -value does not fit; 2**63 is 4 modulo 2**61 - 1
        return -4
    return no_minus_one(-((-value) % HASH_MODULUS))


def rotate_left_61(x, n):
    """Multiply ``x`` (< 2**61 - 1) by 2**n modulo 2**61 - 1."""
    if n == 0:
        return x
    return ((x << n) & HASH_MODULUS) | (x >> (HASH_BITS - n))


def hash_bigint(digits, sign, digit_bits):
    """Hash of the integer ``sign * sum(digits[i] << (i * digit_bits))``
    (least significant digit first)."""
    x = 0
    i = len(digits) - 1
    while i >= 0:
        x = rotate_left_61(x, digit_bits) + digits[i]
        if x >= HASH_MODULUS:
            x -= HASH_MODULUS
        i -= 1
    if sign < 0:
        x = -x
    return no_minus_one(x)


def split_float(value):
    """(m, e) with value == m * 2**e and 0.5 <= m < 1, for finite
    positive ``value``; only exact scalings by powers of two."""
    m = value
    e = 0
    while m >= 4294967296.0:
        m *= 1.0 / 4294967296.0
        e += 32
    while m >= 1.0:
        m *= 0.5
        e += 1
    while m < 2.3283064365386963e-10:
        m *= 4294967296.0
        e -= 32
    while m < 0.5:
        m *= 2.0
        e -= 1
    return m, e


def hash_float(value):
    """CPython's _Py_HashDouble for a non-NaN float."""
    if value != value:
        return 0
    if value - value != 0.0:
        # infinite (inf - inf is NaN)
        if value > 0.0:
            return HASH_INF
        return -HASH_INF
    if value == 0.0:
        return 0
    sign = 1
    if value < 0.0:
        sign = -1
        value = -value
    m, e = split_float(value)
    # take the mantissa 28 bits at a time, folding into x modulo 2**61 - 1
    x = 0
    while m != 0.0:
        x = rotate_left_61(x, 28)
        m *= 268435456.0
        e -= 28
        y = int(m)
        m -= float(y)
        x += y
        if x >= HASH_MODULUS:
            x -= HASH_MODULUS
    if e >= 0:
        e = e % HASH_BITS
    else:
        e = HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    x = rotate_left_61(x, e)
    return no_minus_one(x * sign)


def tuple_hash_start():
    return XXPRIME_5


def tuple_hash_step(acc, item_hash):
    acc = intmask(acc + intmask(item_hash * XXPRIME_2))
    acc = intmask(acc << 31) | unsigned_rshift(acc, 33)
    return intmask(acc * XXPRIME_1)


def tuple_hash_finish(acc, length):
    acc = intmask(acc + (length ^ (XXPRIME_5 ^ 3527539)))
    if acc == -1:
        return 1546275796
    return acc
