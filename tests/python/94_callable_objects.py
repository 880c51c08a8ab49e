# __call__, callable(), functions as objects, memoizing callables.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.misses = 0

    def __call__(self, *args):
        if args not in self.cache:
            self.misses += 1
            self.cache[args] = self.func(*args)
        return self.cache[args]


double = Multiplier(2)
print(double(21), list(map(double, [1, 2, 3])), callable(double), callable(5), callable(len))


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.misses)


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


inc = lambda x: x + 1
pipeline = compose(str, double, inc)
print(repr(pipeline(4)), callable(pipeline), callable(Multiplier))


class Counter:
    count = 0

    def __call__(self):
        Counter.count += 1
        return Counter.count


tick = Counter()
print([tick() for _ in range(3)], Counter.count)
handlers = {"double": double, "inc": inc, "len": len}
for name in sorted(handlers):
    print(name, handlers[name]([1, 2]) if name == "len" else handlers[name](10))
try:
    Multiplier(2)(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    "text"()
except TypeError as e:
    print("TypeError:", e)
