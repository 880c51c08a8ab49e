# error: 6: lambda
"""A lambda expression."""


def entry_point(argv):
    double = lambda x: x * 2
    print(double(4))
    return 0
