# String operations and methods.
s = "Hello, World"
print(s, len(s), s[0], s[-1], s[7:], s[:5], s[2:-2])
print(s.upper(), s.lower(), s.find("o"), s.rfind("o"), s.count("l"))
print(s.replace("l", "L"), s.startswith("Hell"), s.endswith("x"))
print("  pad  ".strip() + "|", "xxhixx".strip("x"), "a,b,,c".split(","))
print("one two  three".split(), "-".join(["a", "b", "c"]))
print("abc" * 3, "abc" + "def", "b" in "abc", "z" not in "abc")
print("42".isdigit(), "abc".isalpha(), " \t".isspace(), "hello".capitalize())
print(repr("it's"), repr('say "hi"'), repr("tab\there\n"), str(12), str(1.5))
for ch in "hey":
    print(ch, ord(ch), end=" ")
print()
print(chr(65) + chr(97), "abc" < "abd", "Z" < "a")
print("hello world foo".title(), "x".center(5, "*"), "7".zfill(3), "ab".ljust(4) + "|")
words = "the quick brown fox".split(" ")
print(len(words), words[1].upper(), " ".join(reversed(words)))
