# error: 6: defined at module level
"""A function defined inside another function (no captured variables)."""


def outer(x):
    def helper(y):
        return y * 2
    return helper(x)


def entry_point(argv):
    print(outer(4))
    return 0
