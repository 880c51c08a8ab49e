# error: 9: global
"""A function rebinds a module global with `global`."""

COUNTER = 0


def bump():
    global COUNTER
    COUNTER = COUNTER + 1


def entry_point(argv):
    bump()
    return 0
