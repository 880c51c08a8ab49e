"""Mixed control flow: finally with return, continue/break inside try, for-else, function values in dicts, None-or-instance searches."""
class Node:
    kind = "node"
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
    def describe(self):
        return "%s(%d)" % (self.kind, self.v)

class Leaf(Node):
    kind = "leaf"

class Counter:
    def __init__(self):
        self.count = 0
        self.names = []

STATE = Counter()
TABLE = {"a": 1, "b": 2}
SEEN = []

def f(x):
    try:
        if x == 0:
            return "zero"
        if x < 0:
            raise ValueError("neg %d" % x)
        return "pos"
    finally:
        STATE.count += 1

def g(items):
    out = []
    for i in items:
        try:
            if i == 3:
                continue
            if i == 5:
                break
            out.append(10 // (i - 2))
        except ZeroDivisionError as e:
            out.append(-1)
            SEEN.append(str(e))
    else:
        out.append(999)
    return out

def find(head, v):
    node = head
    while node is not None:
        if node.v == v:
            return node
        node = node.next
    return None

def apply(fn, x, scale=2):
    return fn(x) * scale

def sq(x):
    return x * x

def neg(x):
    return -x

def entry_point(argv):
    print(f(0), f(1), STATE.count)
    try:
        f(-3)
    except ValueError as e:
        print("caught", e, STATE.count)
    print(g([1, 2, 3, 4, 5, 6]), g([0, 1]), SEEN)
    head = Node(1, Node(2, Leaf(3)))
    n = find(head, 3)
    if n is not None:
        print(n.describe(), n.kind)
    print(find(head, 9) is None)
    ops = {"sq": sq, "neg": neg}
    for k in ["sq", "neg"]:
        print(k, apply(ops[k], 7), apply(ops[k], 3, scale=10))
    grid = [[i * j for j in range(4)] for i in range(3)]
    print(grid, [r for r in grid if r[1] > 0])
    d = {}
    d[(1, "a")] = 1.5
    d[(2, "b")] = 2.25
    print(d, (1, "a") in d, d.get((3, "c"), -1.0))
    k = 0
    while True:
        k += 1
        if k > 4:
            break
    print(k, TABLE["b"], len(TABLE))
    x = 5
    x /= 2
    print(x, 7 // -2, -7 % 3, 2 ** 10, 2.0 ** -1, 10 / 4)
    s = "héllo wörld 😀"
    print(len(s), s[1], s[-1], s.upper(), s[2:5], s.find("w"), repr(s))
    print(str(1e100), 1e-7, 123.456e5, float("1e500"), -float("inf"), round_trip(0.1))
    return 0

def round_trip(x):
    return float(repr(x)) == x

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
