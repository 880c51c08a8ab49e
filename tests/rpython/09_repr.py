"""repr() of str, int, float and bool as CPython shows it: quote choice, escapes, shortest float repr."""


def entry_point(argv):
    print(repr("plain"), repr(""), repr("it's"), repr('say "hi"'), repr("both ' and \""))
    print(repr("line\nbreak"), repr("tab\there"), repr("back\\slash"), repr("cr\r"))
    print(repr("café"), repr("日本"), repr("😀"), repr("\x01\x7f"), repr("\x00"))
    print(repr(0), repr(-12), repr(9223372036854775807), repr(True), repr(False))
    print(repr(0.1 + 0.2), repr(1e16), repr(1e-5), repr(1 / 3), repr(-0.0), repr(float("inf")))
    print(repr(1.0), repr(100.0), repr(1e15), repr(123456789012345678.0), repr(0.0001), repr(2.5e-7))
    print(repr(float("-inf")), repr(1e22), repr(1.7976931348623157e308), repr(2 / 3), repr(-1.5))
    print(0.1 + 0.2, 1e16, 1e-5, 1 / 3, -0.0, float("inf"), 1e15 + 0.3)
    print(3.0 * 1.1, 100.0 / 7.0, 1.0 / 1024.0, 12345.678)
    print([repr("a'b"), repr('x"y')])
    print(["it's", 'q"uote', "tab\t", "nl\n", "é"])
    print(("tuple", 1, 2.5, True, "it's"))
    print({"k'": "v\n", "😀": "ok"})
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
