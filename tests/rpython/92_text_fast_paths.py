"""Text operations that backends may take shortcuts for: chains of str
concatenation, `%` formatting whose argument tuple is taken apart at once,
split and replace (separators at the ends, adjacent, absent), case mapping
of ASCII text next to the characters around the letter ranges, and padded
integer formatting, each on ASCII and on non-ASCII text."""


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
    for t in [edge, edge + edge, "ß straße", "ǅemo ǆ", "x", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "éa" + edge]:
        for c in cases(t):
            print(c)
    for n in [0, 7, -7, 12345678, -123456789, 9223372036854775807, -9223372036854775807]:
        for s in padded(n):
            print(s)
    print("total", total)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
