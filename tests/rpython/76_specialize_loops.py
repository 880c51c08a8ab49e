"""Specialised functions (one copy per argument type) with loops and branches."""
from rlib.objectmodel import specialize

@specialize.argtype(0)
def count(n):
    i = 0
    while i < n:
        i += 1
    return i


@specialize.argtype(0)
def describe(x):
    out = ""
    for i in range(2):
        if i > 0:
            out += "/"
        out += str(x)
    return out


def entry_point(argv):
    print(count(3))
    print(describe(7), describe(2.5), describe("s"), count(4.5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
