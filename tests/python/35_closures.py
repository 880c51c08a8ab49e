# Closures: cells shared between functions, nonlocal, nested scopes.
def make_counter(start):
    count = start

    def inc(by=1):
        nonlocal count
        count += by
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10)
inc()
inc(5)
print(get(), inc(), get())
other_inc, other_get = make_counter(0)
print(other_inc(), get())


def compose(f, g):
    return lambda x: f(g(x))


double = lambda x: x * 2
square = lambda x: x * x
print(compose(double, square)(3), compose(square, double)(3))


def multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]


print([m(10) for m in multipliers()])


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(late_binding())


def outer(a):
    def middle(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner
    return middle


print(outer(1)(2)(3))


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    return wrapper


def slow_fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


fib = memoize(slow_fib)
print(fib(80))


def make_class(factor):
    class Scaler:
        def __init__(self, base):
            self.base = base

        def value(self):
            return self.base * factor

    return Scaler


S = make_class(7)
print(S(6).value(), make_class(2)(5).value())


def accumulate(items):
    total = 0

    def add(x):
        nonlocal total
        total += x

    for item in items:
        add(item)
    return total


print(accumulate([1, 2, 3, 4]))
