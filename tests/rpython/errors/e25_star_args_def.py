# error: 5: *args
"""A function defined with *args."""


def total(*numbers):
    s = 0
    for n in numbers:
        s += n
    return s


def entry_point(argv):
    print(total(1, 2, 3))
    return 0
