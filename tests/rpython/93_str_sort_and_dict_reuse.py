"""Sorting lists of str and updating str-keyed dicts in the ways a runtime
may take shortcuts for: strs sharing long prefixes, one a prefix of
another, NUL and non-ASCII characters, runs already in order or reversed;
`d[k] = d.get(k, 0) + 1` with equal keys that are different objects, keys
deleted and re-added in between, and dicts that grow (and are compacted)
while they are updated.  Enough items that the lists and dicts outlive
several collections."""


def sort_cases():
    cases = [
        ["b", "a", "", "ab", "a\x00", "a\x00b", "aa", "\x00"],
        ["prefix-common-%d" % (i % 7) for i in range(30)],
        ["%08d %s" % (i % 5, "w" * (i % 4)) for i in range(40)],
        ["été", "ete", "étè", "日本", "日", "e", "éa", "z"],
        ["same"] * 5 + ["sam", "samex", "same"],
        [str(i) for i in range(50)],
        [str(i) for i in range(50, 0, -1)],
    ]
    for items in cases:
        items.sort()
        print(len(items), "|".join(items).replace("\x00", "<NUL>"))
        items.reverse()
        print(items[0].replace("\x00", "<NUL>"), items[-1].replace("\x00", "<NUL>"))


def counting(n):
    counts = {}
    pairs = {}
    previous = ""
    for i in range(n):
        word = "w" + str((i * 7919) % 97)
        counts[word] = counts.get(word, 0) + 1
        if previous:
            pair = previous + "+" + word
            pairs[pair] = pairs.get(pair, 0) + 1
        if i % 13 == 0 and word in counts:
            del counts[word]
            counts[word] = counts.get(word, 100) + 1
        if i % 29 == 0:
            counts.pop(previous, 0)
        previous = word
    total = 0
    for k in counts:
        total += counts[k]
    return len(counts), len(pairs), total


def index_lists(n):
    index = {}
    for i in range(n):
        key = "k%d" % (i % 61)
        index.setdefault(key, []).append(i)
    longest = 0
    for k in index:
        if len(index[k]) > longest:
            longest = len(index[k])
    return len(index), longest, index["k5"][:4]


def entry_point(argv):
    sort_cases()
    print(counting(20000))
    print(index_lists(20000))
    big = ["%05d|%s" % ((i * 37) % 1000, chr(97 + i % 26)) for i in range(3000)]
    big.sort()
    print(big[0], big[1], big[1500], big[-1])
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
