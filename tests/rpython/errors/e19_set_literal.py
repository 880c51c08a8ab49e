# error: 6: set
"""A set literal."""


def entry_point(argv):
    seen = {1, 2, 3}
    print(len(seen))
    return 0
