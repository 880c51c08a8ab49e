# error: 5: **kwargs
"""A function takes **kwargs."""


def configure(name, **kwargs):
    return name


def entry_point(argv):
    print(configure("x", verbose=True))
    return 0
