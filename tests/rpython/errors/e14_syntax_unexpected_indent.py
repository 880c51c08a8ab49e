# error: 7: syntax
"""Syntax error: an unexpected indent."""


def entry_point(argv):
    x = 1
        y = 2
    return x
