# error: 6: step
"""Slicing with a step."""


def evens(items):
    return items[::2]


def entry_point(argv):
    print(evens([1, 2, 3, 4]))
    return 0
