# __getattr__ fallbacks, getattr/setattr/hasattr/delattr, vars() and __dict__.
class Config:
    defaults = {"color": "blue", "size": 10}

    def __init__(self, **overrides):
        self.values = dict(overrides)

    def __getattr__(self, name):
        if name in self.values:
            return self.values[name]
        if name in Config.defaults:
            return Config.defaults[name]
        raise AttributeError("no setting " + name)


c = Config(size=12, shape="round")
print(c.size, c.color, c.shape)
print(getattr(c, "color"), getattr(c, "weight", "default"), hasattr(c, "weight"), hasattr(c, "shape"))
try:
    c.weight
except AttributeError as e:
    print("AttributeError:", e)


class Record:
    kind = "record"

    def __init__(self, a, b):
        self.a = a
        self.b = b


r = Record(1, 2)
setattr(r, "c", 3)
print(sorted(vars(r).items()), r.__dict__ == vars(r))
delattr(r, "a")
print(hasattr(r, "a"), sorted(r.__dict__))
print(getattr(r, "kind"), getattr(Record, "kind"))
try:
    getattr(r, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(r, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["b", "c", "d", "kind", "missing"]:
    print(name, getattr(r, name, None))


class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.count(1))
print(type(r).__name__, Record.__name__, Proxy.__getattr__.__name__)
