"""Comparing a list or dict with an empty literal (`lst == []`, `d != {}`),
on either side: the literal takes the other side's item types, so the
comparison looks at the contents, as in CPython."""


def drain(items):
    steps = 0
    while items != []:
        items.pop()
        steps += 1
    return steps


def describe(d):
    if d == {}:
        return "empty"
    return "%d keys" % len(d)


def entry_point(argv):
    ints = [1, 2, 3]
    print(ints == [], [] == ints, ints != [], drain(ints), ints == [], [] != ints)
    words = ["a"]
    words.remove("a")
    print(words == [], [] == words)
    words.append("b")
    print(words == [], words != [])
    d = {"x": 15}
    print(describe(d), d == {}, {} != d)
    del d["x"]
    print(describe(d), d == {}, {} == d, d != {})
    counts = {}
    for w in ["p", "q", "p"]:
        counts[w] = counts.get(w, 0) + 1
    print(describe(counts), counts == {}, counts == {"p": 2, "q": 1})
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
