"""assert statements that pass, then one that fails uncaught (AssertionError, exit status 1)."""


def checked_div(a, b):
    assert b != 0, "divisor must not be zero"
    return a // b


def sorted_ok(items):
    for i in range(len(items) - 1):
        assert items[i] <= items[i + 1]
    return True


def entry_point(argv):
    print(checked_div(10, 3), checked_div(-9, 2))
    print(sorted_ok([1, 2, 2, 5]), sorted_ok([]))
    try:
        checked_div(1, 0)
    except AssertionError:
        print("caught the assertion")
    print("checking an unsorted list")
    sorted_ok([1, 3, 2])
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
