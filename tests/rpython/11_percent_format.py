"""printf-style formatting with a constant format string: %s %d %x %f %.Nf %r, width and the - flag."""


def report(name, count, ratio):
    return "%-8s|%5d|%8.3f|" % (name, count, ratio)


def entry_point(argv):
    print("%s and %s" % ("this", "that"))
    print("%d items" % 42)
    print("%d %d %d" % (1, -2, 300))
    print("hex %x %x %x" % (255, 4096, 0))
    print("float %f %f %f" % (3.5, -0.25, 1.0 / 3.0))
    print("prec %.2f %.0f %.4f %.1f" % (3.14159, 2.5, 1.0 / 7.0, 99.95))
    print("repr %r %r %r %r" % ("text", "it's", 12, 1.5))
    print("str %s %s %s %s" % (12, 1.5, True, "x"))
    print("[%5d] [%-5d] [%5s] [%-5s] [%8.2f] [%-8.2f]" % (42, 42, "ab", "ab", 3.14159, 3.14159))
    print("[%10s] [%-10s] [%3s]" % ("right", "left", "toolong"))
    print("100%% sure, %d%%" % 50)
    print(report("alpha", 1, 0.5))
    print(report("beta", 250, 12.3456))
    print(report("gamma-ray", -7, -1.0))
    for i in range(4):
        print("row %d: %s = %.3f" % (i, "x" * i, i * 1.25))
    print("%s" % "single")
    print("unicode %s %r" % ("ñ😀", "ñ"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
