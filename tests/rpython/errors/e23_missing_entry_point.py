# error: 1: entry_point
"""A program without an entry_point function."""


def main(argv):
    print("hello")
    return 0
