# error: 6: comprehension
"""A list comprehension with two for clauses."""


def pairs(n):
    return [(i, j) for i in range(n) for j in range(n)]


def entry_point(argv):
    print(pairs(2))
    return 0
