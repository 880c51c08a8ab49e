"""min and max of r_uint values order them as unsigned words, as CPython
orders the non-negative ints they stand for."""
from rlib.rarithmetic import r_uint, intmask


def entry_point(argv):
    small = r_uint(1)
    big = r_uint(-5)
    middle = r_uint(1 << 63)
    n = r_uint(len(argv))
    print(min(small, big), max(small, big))
    print(min(big, small, middle), max(middle, small), min(middle, big))
    print(max(n, big, small), min(n, big, small), max(n, small))
    print(small < big, big > middle, intmask(max(big, small)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
