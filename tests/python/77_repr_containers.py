# repr of nested containers: quotes, escapes, floats, None/bools, empty containers, recursion-free nesting.
data = [1, 2.0, -0.5, "it's", 'say "hi"', "tab\t", None, True, (), (1,), [], {}, set(), {"k": (1, [2, {3: "x"}])}]
print(data)
print(repr(data[3]), repr(data[4]), str(data), len(repr(data)))
print({(1, 2): "a", (3,): [None]}, {1.5: 2.25, -1: -2}, [[[]]], ((),), [1e100, 1e-100, 123456789.0])
print(str("x"), repr("x"), [str(1.0), repr(1.0)], f"{[1, 'a']!s}", f"{'q'!r}", "%r %s" % ("a", "a"))
print(["\\", "\n", "\x01", "é", "\u200b"], {"é": "ü"})
