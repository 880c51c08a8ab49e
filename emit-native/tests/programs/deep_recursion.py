"""Unbounded recursion must end with RecursionError (status 1), not a crash."""


def down(n):
    return down(n + 1) + 1


def entry_point(argv):
    print("start")
    return down(0)


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
