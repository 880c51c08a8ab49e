# error: 14: with
"""A with statement."""


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        return False


def entry_point(argv):
    with Resource() as r:
        print("inside")
    return 0
