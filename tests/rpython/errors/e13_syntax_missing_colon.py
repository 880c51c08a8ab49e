# error: 5: syntax
"""Syntax error: a def without its colon."""


def broken(x)
    return x


def entry_point(argv):
    return 0
