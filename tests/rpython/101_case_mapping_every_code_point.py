"""upper(), lower() and capitalize() of every code point below U+1F000
(surrogates excepted), against CPython's Unicode data: one checksum per
block of 4096 code points, and the first code point of a block where a
simple per-character rule would go wrong is printed with its mappings, so
a difference shows where to look.  Covered: multi-character results
(ß -> SS, ŉ -> ʼN), title-case digraphs (ǅ), Greek iota subscripts,
characters newer than a host platform's tables, and the final-sigma rule
of lower(), which depends on whether the character before Σ is cased or
case-ignorable."""


def mix(total, text):
    for ch in text:
        total = (total * 31 + ord(ch)) % 1000000007
    return total


def entry_point(argv):
    block = 0
    total = 0
    first_special = ""
    for i in range(0x1F000):
        if 0xD800 <= i < 0xE000:
            continue
        if i // 4096 != block:
            print("%05x %d %s" % (block * 4096, total, first_special))
            block = i // 4096
            total = 0
            first_special = ""
        c = chr(i)
        word = c + "aB\u01c5"
        cap = word.capitalize()
        up = word.upper()
        low = ("A" + c + "\u03a3").lower()
        total = mix(mix(mix(total, cap), up), low)
        if first_special == "" and (len(up) != len(word) or cap[0] != up[0]):
            first_special = "%x:%s/%s/%s" % (i, cap, up, low)
    print("%05x %d %s" % (block * 4096, total, first_special))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
