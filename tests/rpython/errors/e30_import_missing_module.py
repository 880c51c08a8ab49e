# error: 3: import
"""Import of a helper module that does not exist next to the program."""
from mod_does_not_exist import helper


def entry_point(argv):
    return helper()
