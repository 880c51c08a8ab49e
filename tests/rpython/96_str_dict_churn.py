"""Str-keyed dicts under churn (many deletes and re-inserts, growth, copies,
equality), lists growing and shrinking at both ends, and sorting and case
mapping of strings outside ASCII and outside the BMP."""


def churn(rounds):
    d = {}
    for i in range(rounds):
        d["k%d" % i] = i
        old = "k%d" % (i // 2)
        if i % 3 == 0 and old in d:
            del d[old]
    total = 0
    for k in d:
        total += d[k]
    return d, total


def drop_all_but(d, keep):
    for k in list(d.keys()):
        if d[k] % keep != 0:
            del d[k]
    return d


def entry_point(argv):
    d, total = churn(500)
    print(len(d), total)
    drop_all_but(d, 7)
    print(len(d), list(d.keys())[:5], list(d.values())[-3:])
    for i in range(300):
        d["again%d" % i] = -i
        d.pop("again%d" % (i // 2), 0)
    print(len(d), list(d.items())[-2:])
    c = {}
    for k in d:
        c[k] = d[k]
    print(len(c), list(c.keys()) == list(d.keys()))
    c["k0"] = 1
    print(d.get("k0", 99), c.get("k0", 99))
    f = {"a": 1, "b": 2}
    g = f.copy()
    print(f == g)
    g["c"] = 3
    print(f == g)
    print(d.setdefault("fresh", 5), d.setdefault("fresh", 6), d.pop("fresh"), "fresh" in d)
    c.clear()
    print(len(c), c)
    e = {"": 0, "\u00e9t\u00e9": 1, "\U0001f600": 2, "a\u0000b": 3}
    print(e, e["\U0001f600"], "\u00e9t\u00e9" in e)
    try:
        print(e["missing"])
    except KeyError as err:
        print("KeyError", err)

    words = ["\uffff", "\U0001f600", "z", "\u00e9", "", "a", "\ud7ff", "ab"]
    words.sort()
    print([len(w) for w in words], words.index("z"), words.index("\U0001f600"), words.index("\uffff"), words[0] == "")
    plain = ["pear", "apple", "fig", "apple", "banana"]
    plain.sort()
    print(plain)
    print("stra\u00dfe".upper(), "MiXeD 12".upper(), "MiXeD 12".lower(), "\u0130".lower() == "i\u0307")

    items = [3, 1, 2]
    items.insert(0, 9)
    items.insert(-1, 7)
    items.insert(100, 8)
    items.append(4)
    print(items, items.pop(), items.pop(0), items)
    del items[1]
    items.remove(2)
    items.extend(items)
    print(items, items.index(7), items.count(3), items[1:3], items[-2:])
    items.reverse()
    print(items, items * 2, items + [0], [0] * 3)
    grow = []
    for i in range(100):
        grow.append(i * i)
    while len(grow) > 3:
        grow.pop()
    print(grow, len(grow))
    try:
        print(grow[5])
    except IndexError:
        print("IndexError")
    print(grow[-1], grow[-3])
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
