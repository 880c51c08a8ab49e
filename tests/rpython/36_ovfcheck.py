"""rlib.rarithmetic.ovfcheck: OverflowError on signed 64-bit overflow of +, -, * and its use for safe arithmetic."""
from rlib.rarithmetic import ovfcheck

MAXINT = 9223372036854775807
MININT = -9223372036854775807 - 1


def checked_add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        return 0


def checked_mul(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        return -1


def safe_factorial(n):
    result = 1
    for i in range(2, n + 1):
        try:
            result = ovfcheck(result * i)
        except OverflowError:
            return -i
    return result


def safe_power(base, exp):
    result = 1
    for i in range(exp):
        try:
            result = ovfcheck(result * base)
        except OverflowError:
            return -1
    return result


def sum_checked(values):
    total = 0
    for v in values:
        total = ovfcheck(total + v)
    return total


def entry_point(argv):
    print(checked_add(1, 2), checked_add(MAXINT, 0), checked_add(MAXINT, 1), checked_add(MININT, -1))
    print(checked_add(MININT, MAXINT), checked_add(-5, MININT + 5))
    print(checked_mul(3, 4), checked_mul(MAXINT, 1), checked_mul(MAXINT, 2), checked_mul(MININT, -1))
    print(checked_mul(3037000499, 3037000499), checked_mul(3037000500, 3037000500))
    for n in [5, 20, 21, 25]:
        print(n, safe_factorial(n))
    print(safe_power(2, 62), safe_power(2, 63), safe_power(-2, 63), safe_power(10, 18), safe_power(10, 19))
    try:
        print(sum_checked([MAXINT - 10, 5, 5]))
        print(sum_checked([MAXINT - 10, 5, 6]))
    except OverflowError:
        print("sum overflowed")
    try:
        x = ovfcheck(MININT - 1)
        print("not reached", x)
    except OverflowError:
        print("subtraction overflowed")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
