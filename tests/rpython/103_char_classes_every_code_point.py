"""isalpha(), isdigit(), isspace() and repr() of every code point below
U+1F000 (surrogates excepted), against CPython's Unicode data: one checksum
per block of 4096 code points, with the first code point of the block that
is alphabetic, a digit, a space or escaped by repr() printed with its
classes, so that a difference shows where to look.  Host platforms whose
Unicode version or property definitions differ from CPython 3.11's
(Unicode 14) disagree here."""


def classes(c):
    bits = 0
    if c.isalpha():
        bits += 1
    if c.isdigit():
        bits += 2
    if c.isspace():
        bits += 4
    return bits


def entry_point(argv):
    block = 0
    total = 0
    first = ""
    for i in range(0x1F000):
        if 0xD800 <= i < 0xE000:
            continue
        if i // 4096 != block:
            print("%05x %d %s" % (block * 4096, total, first))
            block = i // 4096
            total = 0
            first = ""
        c = chr(i)
        bits = classes(c)
        r = repr(c + "a")
        for ch in r:
            total = (total * 31 + ord(ch)) % 1000000007
        total = (total * 31 + bits) % 1000000007
        if first == "" and (bits != 0 and i > 127 or len(r) > 4):
            first = "%x:%d:%s" % (i, bits, r)
    print("%05x %d %s" % (block * 4096, total, first))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
