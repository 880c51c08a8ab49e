# args: alpha beta 42
"""argv handling and a nonzero exit status returned from entry_point."""


def usage_error(msg):
    print("usage error:", msg)
    return 2


def entry_point(argv):
    print(len(argv), argv[1:])
    for i, arg in enumerate(argv):
        if i == 0:
            continue
        print(i, arg, len(arg), arg.isdigit())
    if len(argv) < 4:
        return usage_error("need three arguments")
    n = int(argv[3])
    print("n =", n)
    if n % 2 == 0:
        print("even: exiting with status 3")
        return 3
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
