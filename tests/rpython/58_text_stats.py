"""Text statistics over a multilingual paragraph: word frequencies, sorting by count, letter histograms, line wrapping."""

TEXT = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness. Über den Wolken muss die Freiheit wohl grenzenlos sein.
Всё смешалось в доме Облонских. Η γλώσσα μου έδωσαν ελληνική. 😀 is not a word, but 42 is a number."""


def clean_word(w):
    out = []
    for ch in w:
        if ch.isalpha() or ch.isdigit():
            out.append(ch.lower())
    return "".join(out)


def frequencies(text):
    counts = {}
    for raw in text.split():
        w = clean_word(raw)
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts


def top_words(counts, n):
    pairs = []
    for w, c in counts.items():
        pairs.append((-c, w))
    pairs.sort()
    result = []
    for negc, w in pairs[:n]:
        result.append(w + "=" + str(-negc))
    return result


def wrap(text, width):
    lines = []
    current = ""
    for w in text.split():
        if current and len(current) + 1 + len(w) > width:
            lines.append(current)
            current = w
        elif current:
            current = current + " " + w
        else:
            current = w
    if current:
        lines.append(current)
    return lines


def entry_point(argv):
    counts = frequencies(TEXT)
    print("distinct words:", len(counts))
    print("top:", top_words(counts, 6))
    letters = {}
    for ch in TEXT.lower():
        if ch.isalpha():
            letters[ch] = letters.get(ch, 0) + 1
    keys = sorted(list(letters.keys()))
    print("letters:", len(keys), "".join(keys))
    print("most common:", top_words(letters, 5))
    lines = TEXT.split("\n")
    for i, line in enumerate(lines):
        print(i, len(line), len(line.split()), line.count("was"), line.find("of"))
    for line in wrap(TEXT, 34):
        print(f"|{line:<34}|")
    longest = ""
    for w in counts:
        if len(w) > len(longest):
            longest = w
    print("longest word:", longest, len(longest))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
