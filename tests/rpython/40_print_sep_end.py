"""print with several arguments, sep= and end=, empty prints, and mixed value types."""


def entry_point(argv):
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ")
    print("x", 1, 2.5, True, [1], (2, "t"), sep=" | ")
    print("no newline", end="")
    print(" -- continued", end="!\n")
    print()
    print("", "")
    print(end="")
    print("tab", "sep", sep="\t")
    print("multi", "line", sep="\n")
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(3):
        print(i, i * i, sep=":", end=";")
    print(end="\n")
    print("unicode", "ñ", "😀", sep="·")
    print("done", "", sep="*", end="#\n")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
