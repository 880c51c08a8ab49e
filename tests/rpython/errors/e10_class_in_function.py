# error: 6: defined at module level
"""A class created inside a function."""


def make_point(x, y):
    class Point:
        pass
    p = Point()
    return p


def entry_point(argv):
    make_point(1, 2)
    return 0
