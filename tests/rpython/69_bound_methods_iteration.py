"""Bound methods stored in attributes and chosen at run time, *args calls, instances as dict keys, iteration helpers."""
class Acc:
    def __init__(self, start):
        self.total = start
        self.op = self.add
    def add(self, x):
        self.total += x
        return self.total
    def sub(self, x):
        self.total -= x
        return self.total

class Key:
    def __init__(self, n):
        self.n = n

def three(a, b, c):
    return a * 100 + b * 10 + c

def entry_point(argv):
    a = Acc(10)
    print(a.op(5), a.op(1))
    a.op = a.sub
    print(a.op(3))
    f = a.add if len(argv) > 5 else a.sub
    print(f(1), a.total)
    t = (1, 2, 3)
    print(three(*t), three(*(4, 5, 6)))
    k1 = Key(1)
    k2 = Key(1)
    d = {k1: "one", k2: "uno"}
    print(len(d), d[k1], d[k2], k1 in d, Key(1) in d)
    for i, ch in enumerate("abc"):
        print(i, ch, end=";")
    print()
    print(list(zip("xyz", [1, 2, 3])), list(reversed(range(5))), list(range(10, 0, -3)))
    print(sorted({"b": 1, "a": 2}), [x for x in "hello" if x != "l"], list("hi"))
    m = {}
    for w in "a b a c b a".split():
        m[w] = m.get(w, 0) + 1
    print(m, sorted(m.items()), max(m.values()))
    s = ""
    for i in range(5):
        s += str(i) * i
    print(s, s.count("4"), s.rfind("3"), s.startswith("1"), s.replace("22", "-"))
    best = None
    for v in [Key(3), Key(1), Key(4)]:
        if best is None or v.n > best.n:
            best = v
    if best is not None:
        print(best.n)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
