# error: 7: closure
"""A nested function reads a local variable of the enclosing function (a closure)."""


def make_adder(n):
    def add(x):
        return x + n
    return add(1)


def entry_point(argv):
    print(make_adder(2))
    return 0
