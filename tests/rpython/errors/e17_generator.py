# error: 8: yield
"""A generator function (yield)."""


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def entry_point(argv):
    for i in count_up(3):
        print(i)
    return 0
