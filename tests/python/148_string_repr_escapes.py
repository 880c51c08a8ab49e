# repr and str of strings with quotes, escapes and non-ASCII text.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "bell\x07", "del\x7f", "é", "ü€", "日本", "\u200b", "\U0001F600", "\x00\x1f", "", " "]
for s in samples:
    print(repr(s), len(s), ascii(s))
print(str(samples[1]), "%r" % "x'y", f"{samples[2]!r}", repr(["a'b", 'c"d']), repr(("é",)))
print("\N{GREEK SMALL LETTER ALPHA}" if False else "\u03b1", "\x41\u0042\U00000043", "\101\102")
print(r"raw\n\t", len(r"\n"), "multi" "part" 'concat', """triple
quoted""", '''single triple''')
print(repr("a\rb"), repr("\x0b\x0c"), "line1\\nline2")
print("no eval here", ord("\n"), chr(9) == "\t")
