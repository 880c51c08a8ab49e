# Decorators with arguments, stacking, functools-like wraps by hand.
calls = []


def trace(label):
    def decorate(func):
        def wrapper(*args, **kwargs):
            calls.append("%s:%s%r" % (label, func.__name__, args))
            return func(*args, **kwargs)
        wrapper.__name__ = func.__name__
        return wrapper
    return decorate


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


def validate(*types):
    def decorate(func):
        def wrapper(*args):
            for arg, kind in zip(args, types):
                if not isinstance(arg, kind):
                    raise TypeError("%s: expected %s, got %s" % (func.__name__, kind.__name__, type(arg).__name__))
            return func(*args)
        return wrapper
    return decorate


@trace("outer")
@trace("inner")
def add(a, b):
    return a + b


@repeat(3)
def greet(name):
    return "hi " + name


@validate(int, str)
def label(n, s):
    return s * n


print(add(2, 3), add.__name__, calls)
print(greet("bo"))
print(label(2, "ab"))
try:
    label("2", "ab")
except TypeError as e:
    print("TypeError:", e)

registry = {}


def register(name=None):
    def decorate(func):
        registry[name or func.__name__] = func
        return func
    return decorate


@register()
def alpha():
    return "a"


@register("b")
def beta():
    return "b"


print(sorted(registry), [registry[k]() for k in sorted(registry)])


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.func(*args)


@CountCalls
def square(x):
    return x * x


print([square(i) for i in range(4)], square.count)
