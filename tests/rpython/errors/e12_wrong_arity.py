# error: 10: argument
"""A call passes three arguments to a function that takes two."""


def add(a, b):
    return a + b


def entry_point(argv):
    print(add(1, 2, 3))
    return 0
