"""@staticmethod: called through the class and through an instance; helpers grouped in a class."""


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @staticmethod
    def c_to_f(c):
        return c * 9.0 / 5.0 + 32.0

    @staticmethod
    def f_to_c(f):
        return (f - 32.0) * 5.0 / 9.0

    def fahrenheit(self):
        return Temperature.c_to_f(self.celsius)


class MathUtil:
    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a

    @staticmethod
    def lcm(a, b):
        return a // MathUtil.gcd(a, b) * b

    @staticmethod
    def is_square(n):
        r = 0
        while r * r < n:
            r += 1
        return r * r == n


def entry_point(argv):
    for c in [-40.0, 0.0, 37.0, 100.0]:
        t = Temperature(c)
        print(c, t.fahrenheit(), Temperature.f_to_c(t.fahrenheit()), t.c_to_f(c))
    print(MathUtil.gcd(84, 36), MathUtil.lcm(4, 6), MathUtil.lcm(21, 6))
    print([n for n in range(50) if MathUtil.is_square(n)])
    m = MathUtil()
    print(m.gcd(100, 75))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
