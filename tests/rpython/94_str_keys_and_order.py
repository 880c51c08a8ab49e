"""Dicts keyed by str (counting, setdefault, deletion, growth, iteration order) and sorting lists of str in code-point order, including characters above U+FFFF against characters just below it."""


def count_words(text):
    counts = {}
    for word in text.split(" "):
        counts[word] = counts.get(word, 0) + 1
    return counts


def index_words(words):
    index = {}
    for position, word in enumerate(words):
        index.setdefault(word, []).append(position)
    return index


def sorted_copy(items):
    out = list(items)
    out.sort()
    return out


def entry_point(argv):
    counts = count_words("to be or not to be that is the question to be")
    print(len(counts), counts["to"], counts["be"], counts.get("maybe", -1))
    print([w for w in counts])
    del counts["or"]
    counts["or"] = 7
    print([w + "=" + str(counts[w]) for w in counts])
    print("that" in counts, "this" in counts)

    index = index_words(["a", "b", "a", "c", "b", "a"])
    print(index["a"], index["b"], index["c"])

    grown = {}
    for i in range(300):
        grown["k%d" % (i * 7 % 300)] = i
    for i in range(0, 300, 3):
        del grown["k%d" % i]
    total = 0
    for key in grown:
        total += grown[key]
    print(len(grown), total, grown["k1"], grown.get("k3", -1))

    # U+1F600 is a surrogate pair in UTF-16, whose first unit sorts below
    # U+FF01; in code-point order it comes after.
    plain = ["pear", "apple", "fig", "", "apple pie", "Zebra", "zebra"]
    print(sorted_copy(plain))
    wide = ["\U0001f600", "\uff01", "a", "\u00e9", "\U0001f600a", "\uff01\U0001f600", "z"]
    for s in sorted_copy(wide):
        print(len(s), [ord(c) for c in s])
    # Many items with long shared prefixes, duplicates and prefixes of
    # each other: sorts by characters must agree with comparisons.
    many = []
    state = 7
    for i in range(400):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        word = "%08d %s" % (state % 5, "abcab"[: state % 6])
        many.append(word + "xy"[: (state >> 4) % 3])
    ordered = sorted_copy(many)
    in_order = 0
    for i in range(len(ordered) - 1):
        if ordered[i] <= ordered[i + 1]:
            in_order += 1
    print(len(ordered), in_order, ordered[0], ordered[-1], ordered[200], ordered[333])
    sample = []
    for i in range(0, len(ordered), 37):
        sample.append(ordered[i])
    print(",".join(sample))
    pieces = ["\U0001f600", "\U00010000", "\uff01", "\ue000", "a", "\u00e9"]
    mixed = []
    for i in range(60):
        mixed.append(pieces[i % 6] + pieces[(i * 5 + 1) % 6] + pieces[(i // 7) % 6][: i % 2])
    codes = []
    for s in sorted_copy(mixed):
        codes.append(",".join([str(ord(c)) for c in s]))
    print(" ".join(codes))
    ranked = []
    for key, n in count_words("b a c a b a d").items():
        ranked.append("%08d %s" % (n, key))
    ranked.sort()
    ranked.reverse()
    print(ranked)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
