# More str methods and edge cases.
s = "  Hello World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.strip().split(" "))
print("a-b-c".split("-", 1), "a  b".split(" "), "".split(), "x".split(","), "1,2,,3".split(","))
print("hello".find("l", 3), "hello".find("z"), "hello".rfind("l"), "hello".index("e"), "hello".count("l"))
print("ab" * 0, "-" * 10, "abc"[1:], "abc"[:-1], "abc"[-2:], "mississippi".replace("ss", "SS"))
print("Title Case".upper(), "MiXeD".lower(), "x".isupper(), "X".isupper(), "abc123".isalnum(), "a b".isalnum())
print("{:>5}|{:<5}|{:^5}|".format("r", "l", "c"), "%-6s|%6s|" % ("ab", "cd"), "%c" % "x" if False else "ok")
print(",".join(map(str, [1, 2, 3])), list(filter(None, [0, 1, 2])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print("line1\nline2\n".splitlines(), "tab\tsep".split("\t"), "ünïcödé".upper(), len("日本語"))
print("abc" < "abd", "abc" < "ab", "B" < "a", sorted(["b", "A", "a", "B"]), "z" > "a")
print("hello world".startswith(("x", "he")), "file.py".endswith((".txt", ".py")), "%5.1f%%" % 45.678)
print(str(None), str(True), str(3.0), str(-0.5), str([1, "a"]), str((1,)), str({"k": [1]}))
n = 255
print(f"{n:08b}", f"{n:#x}" if False else hex(n), f"{n:>8,}", f"{-n:+}", f"{3.14159:10.3f}|", f"{'s':*^9}")
