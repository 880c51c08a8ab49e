"""repr of strings with quotes, escapes and non-ASCII inside containers; float extremes; format specs and %-directives."""
def entry_point(argv):
    items = ["it's", 'say "hi"', "tab\there", "new\nline", "back\\slash", "é", "\x00\x7f", "😀", "both ' and \""]
    print(items)
    print({"k'": 1.0, "v": -0.0}, (1.5e300 * 1e10, -1e-320), [True, None is None])
    print(repr("a" * 3), repr(b"\x00ab\xff'"), str(2 ** 63 - 1), -(2 ** 63))
    print(f"{3.14159:.2f}|{42:08d}|{-7:+d}|{255:#x}" if False else f"{3.14159:.2f}|{42:08d}|{-7:+d}")
    print("%.3e|%g|%G|%10.4f|%-8s|" % (12345.678, 0.0001, 1e20, 3.14159, "ab"))
    print(f"{'left':<10}|{'right':>10}|{'mid':^9}|{7:^5}|{1e16}|{0.1 + 0.2}")
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
