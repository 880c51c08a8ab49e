"""An uncaught ZeroDivisionError ends the program with exit status 1 after some output."""


def average(values):
    total = 0
    for v in values:
        total += v
    return total // len(values)


def entry_point(argv):
    print(average([1, 2, 3]))
    print(average([10, 20]))
    print("now averaging an empty list")
    print(average([]))
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
