# __slots__, __format__, __index__, __reversed__, __abs__, __bool__ and
# __iter__-based unpacking on program classes.
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(abs(self))
    def __len__(self):
        return 2
v = Vector(3, 4)
x, y = v
print(v, abs(v), bool(v), bool(Vector(0, 0)), list(v), len(v), tuple(v), dict(zip("xy", v)))
print(str(v), f"{v}", "%s" % (v,), [v], {"v": v})
class Temp:
    def __init__(self):
        self._t = 0
    def __str__(self):
        return "Temp(%d)" % self._t
    def __format__(self, spec):
        return "T" + format(self._t, spec)
t = Temp()
print(f"{t:>5}", format(t, "03d"), str(t))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print(list(Countdown(3)), list(reversed(Countdown(3))))
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
print([10, 20, 30][Num(1)], int(Num(7)), float(Num(2)), hex(Num(255)) if True else "", range(Num(3)))
import math
print(math.floor(Num(3)) if False else "", round(Num(2)) if False else "")
def gen():
    x = yield 1
    print("got", x)
    yield 2
g = gen()
print(next(g), g.send("hi"))
print(sorted([Vector(1, 2), Vector(0, 1)], key=abs))
print(isinstance(v, Vector), hasattr(v, "z"), getattr(v, "x"))
try:
    v.z = 5
except AttributeError as e:
    print("AttributeError:", e)
