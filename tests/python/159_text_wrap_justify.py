# Text wrapping and full justification (greedy line breaking).
TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; the five boxing wizards jump quickly.")


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        if current and length + 1 + len(word) > width:
            lines.append(current)
            current, length = [], 0
        length += len(word) + (1 if current else 0)
        current.append(word)
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, word in enumerate(words[:-1]):
        out += word + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (30, 45):
    print("=" * width)
    lines = wrap(TEXT, width)
    for i, line in enumerate(lines):
        print(justify(line, width) if i < len(lines) - 1 else " ".join(line))
    print("=" * width)
centered = [" ".join(l).center(40, ".") for l in wrap(TEXT, 36)[:3]]
print("\n".join(centered))
print(max(len(w) for w in TEXT.split()), len(TEXT.split()), TEXT.count("quick"))
