# Decorators (with arguments, stacked, on classes), property with setter, staticmethod, classmethod.
def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args)
        return f(*args, **kwargs)
    return wrapper
def times(n):
    def deco(f):
        def w(x):
            return f(x) * n
        return w
    return deco
@trace
def add(a, b):
    return a + b
@times(3)
@times(2)
def ident(x):
    return x
print(add(1, 2), ident(5))
class Temp:
    count = 0
    def __init__(self, c):
        self._c = c
        Temp.count += 1
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def describe(x):
        return "temp " + str(x)
    @classmethod
    def make(cls, c):
        return cls(c)
t = Temp.make(100)
print(t.celsius, t.fahrenheit, Temp.describe(3), t.describe(4), Temp.count)
t.celsius = 0
print(t.fahrenheit, t.__dict__)
try:
    t.celsius = -300
except ValueError as e:
    print("error", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
def register(cls):
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(Plugin.registered)
