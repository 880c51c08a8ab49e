"""dict.copy() of dicts of every size up to a few hundred entries, after
deletions and re-insertions, keyed by str and by int: the copy must hold
the same entries in the same order, and stay usable (lookups, inserts)."""


def str_dict(n):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    for i in range(0, n, 3):
        del d["k%d" % i]
    for i in range(n, n + n // 4):
        d["k%d" % i] = i
    return d


def int_dict(n):
    d = {}
    for i in range(n):
        d[i * 7] = "v%d" % i
    for i in range(1, n, 2):
        del d[i * 7]
    return d


def entry_point(argv):
    checksum = 0
    for n in range(0, 260, 7):
        s = str_dict(n)
        c = s.copy()
        c["extra"] = -1
        checksum = checksum * 31 + len(c) + c.get("k1", 0) + c["extra"]
        if list(s.keys()) != list(c.keys())[:len(s)]:
            print("str order differs at", n)
        t = int_dict(n)
        u = t.copy()
        u[-1] = "x"
        checksum = checksum * 31 + len(u) + len(u.get(0, ""))
        if list(t.items()) != list(u.items())[:len(t)]:
            print("int order differs at", n)
        checksum = checksum % 1000000007
    print("checksum", checksum)
    big = str_dict(400)
    copy = big.copy()
    print(len(big), len(copy), list(copy.keys())[-3:], copy.get("k399", -5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
