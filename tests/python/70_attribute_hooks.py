# __getattr__, del of attributes (maps rebuilt), the __getitem__ iteration protocol, __setitem__/__delitem__.
class Record:
    def __init__(self, **fields):
        for k in fields:
            setattr(self, k, fields[k])
    def __getattr__(self, name):
        return "<missing " + name + ">"
r = Record(a=1, b=2, c=3)
print(r.a, r.b, r.zzz)
del r.b
print(r.b, r.a, r.c, sorted(r.__dict__.items()))
r.b = 20
print(r.b, list(r.__dict__))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), [x for x in Squares()])
class Store:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        del self.data[k]
s = Store()
s["x"] = 1
s["y"] = 2
del s["x"]
print(s.data)
class P:
    pass
p = P()
p.v = 1
del p.v
try:
    p.v
except AttributeError as e:
    print("AttributeError:", e)
