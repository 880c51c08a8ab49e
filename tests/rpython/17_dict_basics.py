"""Dicts: literals, get/set/del item, in, len, get, pop, setdefault, keys/values/items, insertion order, clear, copy."""


def word_counts(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_length(words):
    groups = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return groups


def entry_point(argv):
    d = {"one": 1, "two": 2, "three": 3}
    print(d, len(d), d["two"], "two" in d, "four" in d, "four" not in d)
    d["four"] = 4
    d["one"] = 100
    print(d)
    del d["two"]
    print(d, len(d))
    d["two"] = 22
    print(list(d.keys()), list(d.values()), list(d.items()))
    print(d.get("three"), d.get("nine", -1), d.get("one", 0))
    print(d.pop("three"), d.pop("missing", -5), d)
    print(d.setdefault("five", 5), d.setdefault("one", 0), d)
    for k in d:
        print("key", k, d[k])
    for k, v in d.items():
        print("item", k, v)
    for v in d.values():
        print("value", v)
    for k in d.keys():
        print("k", k)
    c = d.copy()
    c["extra"] = 0
    print(len(d), len(c), "extra" in d, "extra" in c)
    d.clear()
    print(d, len(d), c)
    print(word_counts("the cat and the hat and the bat"))
    print(group_by_length(["a", "bb", "cc", "d", "eee", "ff"]))
    squares = {}
    for i in range(6):
        squares[i] = i * i
    total = 0
    for key in squares:
        total += squares[key]
    print(squares, total)
    for i in [0, 2, 4]:
        del squares[i]
    squares[0] = -1
    print(squares, list(squares.keys()))
    empty = {}
    print(bool(empty), len(empty))
    empty["now"] = 1.5
    print(empty, bool(empty))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
