# More of math (factorial, isqrt, prod, trunc, degrees, hypot, isclose, tau)
# and of str (isnumeric, isascii, casefold, istitle, isidentifier, expandtabs).
import math

print(math.factorial(0), math.factorial(10), math.factorial(30))
print([math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 17, 10 ** 20, 10 ** 40 + 1)])
print(math.isqrt(2 ** 200) == 2 ** 100, math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2))
print(math.trunc(3.9), math.trunc(-3.9), math.trunc(7), math.trunc(1e20))
print(math.degrees(math.pi), math.radians(180) == math.pi, round(math.degrees(1), 6), math.tau / 2 == math.pi)
print(math.hypot(3, 4), math.hypot(5, 12), math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1))
print(math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(5, 5))
for bad in [lambda: math.factorial(-1), lambda: math.isqrt(-4)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
words = ["123", "12a", "", "²" if False else "45", "Hello World", "Hello world", "HELLO", "abc_1", "1abc", "_x", "café"]
for w in words:
    print(repr(w), w.isnumeric(), w.isdecimal(), w.isascii(), w.istitle(), w.isidentifier(), w.casefold())
print(repr("a\tbc\tdef".expandtabs()), repr("a\tb".expandtabs(4)), repr("x\ty\nab\tc".expandtabs(3)))
n = 600851475143
factors = []
d = 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print(factors, math.prod(factors), math.gcd(*factors[:2]))
