# Building text: joins, repetition, escapes, unicode.
lines = []
for i in range(1, 6):
    lines.append(str(i) * i)
print("\n".join(lines))
table = ""
for row in range(1, 4):
    cells = []
    for col in range(1, 4):
        cells.append(f"{row * col:3d}")
    table += " ".join(cells) + "\n"
print(table, end="")
print("tab\tsep", "quote\"s", 'single\'s', "back\\slash", "\x41\u00e9")
word = "éléphant"
print(word, len(word), word.upper(), word[0], repr("\x00\x7f"))
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued", sep="", end="\n")
print("done")
