# Arithmetic dunders and their reflected forms, NotImplemented.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d.%02d)" % (self.cents // 100, self.cents % 100)

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __rmul__(self, k):
        return Money(self.cents * k)

    def __truediv__(self, k):
        return Money(self.cents // k)

    def __floordiv__(self, k):
        return self.cents // k

    def __mod__(self, k):
        return Money(self.cents % k)

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)


a = Money(1050)
b = Money(275)
print(a + b, a - b, a * 3, 3 * a, a / 4, a // 100, a % 100, -a, abs(-a))
print(sum([a, b, Money(5)]), a + 7, 7 + a if False else a + 7)
print(a == Money(1050), a != b, a < b, sorted([a, b, Money(1)]), max(a, b))
print(len({a, Money(1050), b}))
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + a
except TypeError as e:
    print("TypeError:", e)


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return "Vec(%s)" % ", ".join(str(x) for x in self.xs)

    def __add__(self, o):
        return Vec(*[p + q for p, q in zip(self.xs, o.xs)])

    def __rsub__(self, o):
        return Vec(*[o - x for x in self.xs])

    def __pow__(self, n):
        return Vec(*[x ** n for x in self.xs])

    def __xor__(self, o):
        return sum(p * q for p, q in zip(self.xs, o.xs))

    def __and__(self, o):
        return Vec(*[p & q for p, q in zip(self.xs, o.xs)])

    def __lshift__(self, n):
        return Vec(*[x << n for x in self.xs])


v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, 10 - v, v ** 2, v ^ w, v & w, v << 2)
v += w
print(v)
