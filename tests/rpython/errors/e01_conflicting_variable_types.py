# error: 8: conflicting types
"""A local variable holds an int, then a str."""


def describe(n):
    label = n * 2
    if n > 3:
        label = "big"
    return label


def entry_point(argv):
    print(describe(5))
    return 0
