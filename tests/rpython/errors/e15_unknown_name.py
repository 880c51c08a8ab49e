# error: 9: unknown name
"""A name that is neither local, global nor builtin."""


def total(values):
    s = 0
    for v in values:
        s += v
    return s + offset


def entry_point(argv):
    print(total([1, 2]))
    return 0
