"""Text and dict operations that backends may take shortcuts for: chains of
str concatenation, `%` formatting whose argument tuple is taken apart at
once, split and replace (separators at the ends, adjacent, absent), case
mapping of ASCII text next to the characters around the letter ranges,
padded integer formatting, each on ASCII and on non-ASCII text; loops over
d.items() run over the dict itself (nested, left early, after deletions,
over an empty dict, with the pairs kept, next to an items() list that is
kept and reused), and `d.setdefault(k, [])` whose default list is only
needed when k is new."""


def chains(words):
    out = []
    previous = ""
    for w in words:
        if previous:
            out.append(previous + "+" + w)
            out.append("<" + previous + "|" + w + ">")
        out.append("%08d %s" % (len(w), w))
        out.append("%s=%d" % (w, len(out)))
        previous = w
    return out


def splits(text, sep):
    pieces = text.split(sep)
    return "%d:%s" % (len(pieces), "/".join(pieces))


def replaces(text, old, new):
    r = text.replace(old, new)
    return "%d %d %s" % (len(r), r.count(new) if new else 0, r)


def cases(text):
    return [text.upper(), text.lower(), text.capitalize()]


def padded(n):
    return [
        "%08d" % n,
        "%5d|" % n,
        "%-6d|" % n,
        f"{n:>9}|{n:<7}|{n:^8}|{n:*^9}|{n:+d}|{n:07d}",
        str(n) + str(-n),
    ]


def ranked(counts):
    out = []
    for key, n in counts.items():
        out.append("%04d %s" % (n, key))
    out.sort()
    return out


def first_over(counts, limit):
    for key, n in counts.items():
        if n > limit:
            return key
    return "none"


def pairs_of(a, b):
    out = []
    for ka, va in a.items():
        for kb, vb in b.items():
            if va == vb:
                out.append(ka + "=" + kb)
    return out


def kept_pairs(d):
    kept = []
    for pair in d.items():
        kept.append(pair)
    total = 0
    for k, v in kept:
        total += len(k) * v
    return total


def reused(d):
    items = d.items()
    s = 0
    for k, v in items:
        s += v
    for k, v in items:
        s += len(k)
    return s


def index_words(words):
    index = {}
    for pos in range(len(words)):
        index.setdefault(words[pos], []).append(pos)
    seen = {}
    for w in words:
        lst = seen.setdefault(w, [])
        lst.append(len(lst))
    return index, seen


def items_loops():
    words = "the quick brown fox jumps over the lazy dog the end fox".split(" ")
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    print(ranked(counts))
    print(first_over(counts, 1), first_over(counts, 5))
    del counts["quick"]
    del counts["the"]
    counts["again"] = 7
    print(ranked(counts))
    print(ranked({}))
    lengths = {}
    for w in words:
        lengths[w] = len(w)
    print(pairs_of(counts, lengths))
    print(kept_pairs(counts), reused(counts))
    index, seen = index_words(words)
    for k, v in index.items():
        print(k, v, seen[k])
    big = {}
    for i in range(3000):
        big["k%d" % (i * 7 % 1000)] = i
    print(len(ranked(big)), ranked(big)[:3], kept_pairs(big))


def short_keys():
    keys = ["", "\x00", "a\x00", "\x00a", "é", "日", "ab", "abc", "abcd", "abcdefg",
            "abcdefgh", "abcdefgh1", "bacdefg", "é日", "日本語"]
    d = {}
    for i in range(len(keys)):
        d[keys[i]] = i
    hits = 0
    for k in keys:
        # equal keys that are other objects than the stored ones
        copy = "".join([c for c in k])
        hits += d.get(copy, -100)
        d[copy + ""] = d[copy] + 1
    del d["abc"]
    d["ab" + "c"] = 77
    missing = 0
    for k in ["a", "abcde", "abcdef", "日本", "\x00\x00", "abcdefg\x00"]:
        if k not in d:
            missing += 1
    print(hits, missing, sorted(d.items()))


def entry_point(argv):
    words = ["ka", "loмi", "", "été", "zu", "ka", "日本", "ne"]
    total = 0
    for line in chains(words):
        print(line, len(line))
        total += len(line)
    texts = [
        " a  b c ",
        "no separator here",
        "",
        "ka ka  ka",
        "été  à la  plage ",
        "日本 語 のテキスト",
        "\nfirst\n\nlast\n",
    ]
    for t in texts:
        for sep in [" ", "  ", "\n", "ka", "é"]:
            print(splits(t, sep))
        for old, new in [("ka", "KA"), (" ", ""), ("é", "e"), ("a", "àà"), ("zz", "y")]:
            print(replaces(t, old, new))
    edge = "@AZ[`az{ 09 mixed Case tExT with 0x40@ and 0x7b{ around:;"
    for t in [edge, edge + edge, "ß straße", "éTÉ àÀ", "x", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "éa" + edge]:
        for c in cases(t):
            print(c)
    for n in [0, 7, -7, 12345678, -123456789, 9223372036854775807, -9223372036854775807]:
        for s in padded(n):
            print(s)
    print("total", total)
    items_loops()
    short_keys()
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
