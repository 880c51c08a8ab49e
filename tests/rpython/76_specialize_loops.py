"""Specialised functions (one copy per argument type, lists told apart by item type) with loops and branches."""
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


@specialize.argtype(0)
def first(lst):
    return lst[0]


def entry_point(argv):
    print(count(3))
    print(first([1, 2]), first(["a", "b"]), first([1.5]))
    print(describe(7), describe(2.5), describe("s"), count(4.5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
