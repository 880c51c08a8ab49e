# error: 6: eval
"""Code built at run time with eval."""


def compute(expr):
    return eval(expr)


def entry_point(argv):
    print(compute("1 + 2"))
    return 0
