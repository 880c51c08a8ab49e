# A Fraction class: normalisation, arithmetic with ints, comparisons, hashing.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Fraction) else Fraction(x)

    def __add__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Fraction.of(o) - self

    def __mul__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, o):
        o = Fraction.of(o)
        return self.num == o.num and self.den == o.den

    def __lt__(self, o):
        o = Fraction.of(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return "Fraction(%d, %d)" % (self.num, self.den)

    def __str__(self):
        return str(self.num) if self.den == 1 else "%d/%d" % (self.num, self.den)


half = Fraction(1, 2)
third = Fraction(2, 6)
print(half, third, repr(third), half + third, half - third, half * third, half / third)
print(1 + half, 1 - half, 3 * third, -half, half == Fraction(3, 6), half == 0.5 if False else half != third)
print(sorted([Fraction(3, 4), half, third, Fraction(-1, 5)]), min(half, third), max([half, third]))
total = Fraction(0)
for n in range(1, 11):
    total = total + Fraction(1, n * (n + 1))
print(total, float(total), len({half, Fraction(2, 4), third}))
harmonic = sum((Fraction(1, n) for n in range(1, 8)), Fraction(0))
print(harmonic, round(float(harmonic), 6), half <= third, third <= half)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
