# error: 7: conflicting types
"""A list of ints gets a str appended."""


def build():
    items = [1, 2, 3]
    items.append("four")
    return items


def entry_point(argv):
    print(len(build()))
    return 0
