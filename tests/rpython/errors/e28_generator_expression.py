# error: 6: generator
"""A generator expression."""


def total(values):
    return sum(v * v for v in values)


def entry_point(argv):
    print(total([1, 2, 3]))
    return 0
