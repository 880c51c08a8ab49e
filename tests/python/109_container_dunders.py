# A container class implementing the full protocol.
class SparseVector:
    def __init__(self, size):
        self.size = size
        self.data = {}

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if not 0 <= i < self.size:
            raise IndexError("index %d out of range" % i)
        return self.data.get(i, 0)

    def __setitem__(self, i, value):
        if value == 0:
            self.data.pop(i, None)
        else:
            self.data[i] = value

    def __delitem__(self, i):
        del self.data[i]

    def __contains__(self, value):
        return value in self.data.values() or (value == 0 and len(self.data) < self.size)

    def __iter__(self):
        for i in range(self.size):
            yield self[i]

    def __bool__(self):
        return bool(self.data)

    def __eq__(self, other):
        return isinstance(other, SparseVector) and self.size == other.size and self.data == other.data

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.size, tuple(sorted(self.data.items()))))

    def __lt__(self, other):
        return list(self) < list(other)

    def __le__(self, other):
        return list(self) <= list(other)

    def __gt__(self, other):
        return list(self) > list(other)

    def __ge__(self, other):
        return list(self) >= list(other)

    def __repr__(self):
        return "SparseVector(%d, %r)" % (self.size, sorted(self.data.items()))

    def __str__(self):
        return "<" + " ".join(str(x) for x in self) + ">"


v = SparseVector(5)
print(bool(v), len(v), v, repr(v))
v[1] = 7
v[3] = -2
print(bool(v), v, 7 in v, 5 in v, 0 in v, list(v), sum(v))
w = SparseVector(5)
w[1] = 7
w[3] = -2
print(v == w, v != w, v is w, hash(v) == hash(w), len({v, w}))
w[4] = 1
print(v == w, v < w, v <= w, v > w, v >= w, sorted([w, v]) == [v, w])
del w[4]
print(w == v)
v[1] = 0
print(v, 7 in v)
try:
    v[10]
except IndexError as e:
    print("IndexError:", e)
try:
    del v[2]
except KeyError as e:
    print("KeyError:", e)
print(max(SparseVector(3)), [x for x in w if x], str(w), "%s" % w, f"{w!r}")
