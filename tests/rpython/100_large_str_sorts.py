"""Sorting long lists of str, where a runtime may sort by a few leading
bytes and fall back to comparing whole strs: many strs that agree on their
first twelve bytes after a shared prefix and differ later, thousands of
equal strs, strs that differ only by a trailing NUL or a longer tail,
non-ASCII characters, and lists already sorted or reversed."""


def checksum(items):
    total = 0
    for i in range(len(items)):
        total = (total * 31 + len(items[i]) * (i + 1) + ord(items[i][-1])) % 1000000007
    return total


def show(name, items):
    items.sort()
    ordered = True
    for i in range(1, len(items)):
        if items[i - 1] > items[i]:
            ordered = False
    print(name, len(items), ordered, checksum(items), items[0].replace("\x00", "<NUL>"),
          items[len(items) // 2].replace("\x00", "<NUL>"), items[-1].replace("\x00", "<NUL>"))


def entry_point(argv):
    state = 12345
    long_tails = []
    for i in range(2000):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        long_tails.append("shared-prefix/" + "x" * 12 + "/%d/%s" % (state % 97, "é" * (i % 3)))
        long_tails.append("shared-prefix/" + "y" * 12 + str(state % 1000))
    show("long-tails", long_tails)

    equal = []
    for i in range(3000):
        equal.append("word" + str(i % 3))
    show("equal", equal)

    nul = []
    for i in range(500):
        nul.append("abcdefghijklmnop" + "\x00" * (i % 4))
        nul.append("abcdefghijklmnop" + chr(1 + i % 3))
        nul.append("abcdefghijklmno")
    show("nul", nul)

    mixed = []
    for i in range(4000):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        mixed.append(chr(0x3b1 + state % 20) + chr(0x1F600 + state % 7) + "%d" % (state % 5000))
    show("mixed", mixed)

    counts = ["%08d %s" % (i % 17, "k" + str(i * 7 % 1013)) for i in range(5000)]
    show("counts", counts)
    counts.reverse()
    show("counts-reversed", counts)
    show("counts-sorted", counts)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
