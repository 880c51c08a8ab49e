# error: 6: dict comprehension
"""A dict comprehension."""


def squares(n):
    return {i: i * i for i in range(n)}


def entry_point(argv):
    print(squares(4))
    return 0
