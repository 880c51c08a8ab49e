# error: 3: import
"""Import of a module that is neither the program's own nor a supported library module."""
import socket


def entry_point(argv):
    return 0
