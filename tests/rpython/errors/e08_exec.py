# error: 6: exec
"""Code built at run time with exec."""


def run(src):
    exec(src)
    return 0


def entry_point(argv):
    return run("print(1)")
