# Write a text file, read it back, count words and letters.
path = "_pycorpus_134_words.txt"
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
with open(path, "w") as out:
    out.write(text)
    out.write("\n")

counts = {}
letters = {}
lines = 0
with open(path) as f:
    for line in f:
        lines += 1
        for raw in line.split():
            word = raw.strip(",.").lower()
            counts[word] = counts.get(word, 0) + 1
            for ch in word:
                letters[ch] = letters.get(ch, 0) + 1
print("lines", lines, "words", sum(counts.values()), "distinct", len(counts))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print("%-8s %s" % (word, "#" * n))
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:5]))
with open(path) as f:
    first = f.readline()
    rest = f.read()
print(repr(first[:20]), len(rest.splitlines()))
with open(path, "a") as f:
    f.write("the end\n")
with open(path) as f:
    print(f.readlines()[-1].strip())
