"""Class hierarchies with class attributes, explicit and super() initialisers, re-raised user exceptions, formatting and dict/list/str library calls."""
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
        self.tags = []
    def area(self):
        return 0.0
    def info(self):
        return "%s sides=%d area=%.2f" % (self.name, self.sides, self.area())

class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h
    def area(self):
        return float(self.w * self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r * self.r

class MyError(Exception):
    def __init__(self, code, why):
        self.code = code
        self.why = why

def risky(n):
    if n > 2:
        raise MyError(n, "too big")
    return n

def handle(n):
    try:
        try:
            return risky(n)
        except MyError as e:
            if e.code > 5:
                raise
            raise KeyError("k%d" % e.code)
    except KeyError as e:
        return -100 - len(str(e))

SHAPES = [Rect(2, 3), Square(4), Circle(1)]

def entry_point(argv):
    total = 0.0
    for s in SHAPES:
        print(s.info())
        total += s.area()
        if isinstance(s, Rect):
            print("  rect dims", s.w, s.h)
        elif isinstance(s, Circle):
            print("  radius", s.r)
    print(f"total={total:.3f} {total:>12.1f}|{len(SHAPES):<4}|{'x'!r}|{255:x}|{-42:d}")
    print([handle(i) for i in range(5)])
    try:
        handle(9)
    except MyError as e:
        print("escaped", e.code, e.why, str(e))
    pairs = [(3, "c"), (1, "z"), (2, "b"), (1, "a")]
    pairs.sort()
    print(pairs, sorted(["pear", "apple", "fig"]), min("b", "a", "c"), max([3, 9, 2]))
    words = "the quick  brown fox".split()
    print(words, "-".join(words), " x ".strip(), "a,b,,c".split(","))
    print(int(-3.9), int("  -12 "), float(" 2.5"), str(True), repr(None), bool([]), bool({1: 2}))
    print(7 % -3, -7 // 2, 7.5 // 2, -7.5 % 2, abs(-3), abs(-2.5), divtest(1, 0))
    d = {"x": [1, 2], "y": []}
    d.setdefault("z", []).append(5)
    d["y"].append(3)
    print(d, d.pop("x"), d.pop("q", [0]), list(d.keys()), list(d.items()))
    print(ord("€"), chr(8364), "é".encode("utf-8"), b"\xc3\xa9".decode("utf-8"), len(b"abc" + b"d"))
    return 0

def divtest(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        print("zde:", e)
        return -1

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
