# __init_subclass__ registries, and CPython's messages for more common errors.
class Plugin:
    registry = {}

    def __init_subclass__(cls):
        Plugin.registry[cls.__name__.lower()] = cls

    def run(self):
        return "%s running" % type(self).__name__


class Exporter(Plugin):
    pass


class Importer(Plugin):
    def run(self):
        return "importing: " + super().run()


class Validated:
    @classmethod
    def __init_subclass__(cls):
        if not hasattr(cls, "check"):
            raise TypeError("%s must define check()" % cls.__name__)


class Good(Validated):
    def check(self):
        return True


print(sorted(Plugin.registry), [Plugin.registry[k]().run() for k in sorted(Plugin.registry)])
try:
    class Bad(Validated):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Good().check())


def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
checks = [
    lambda: "abc".__class__.x if False else ("abc"[0:1], "s"[5]),
    lambda: (1, 2).append(3),
    lambda: None.foo,
    lambda: int("3.5"),
    lambda: [1, 2, 3].__setitem__ if False else exec_slice(),
    lambda: len(),
    lambda: f(),
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: 1 + None,
]


def exec_slice():
    items = [1, 2, 3]
    items[1:2] = 5


for check in checks:
    try:
        print(check())
    except (TypeError, AttributeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
