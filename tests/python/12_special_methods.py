# Special methods: __str__, __repr__, __eq__, __lt__, __add__, __len__, __getitem__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "<" + str(self.x) + ", " + str(self.y) + ">"


class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __contains__(self, x):
        return x in self.items


v = Vec(1, 2) + Vec(3, 4)
print(v, repr(v), [v], v * 3, v == Vec(4, 6), v == Vec(0, 0))
print(sorted([Vec(3, 1), Vec(1, 2), Vec(1, 1)]), Vec(1, 2) < Vec(2, 0))
b = Bag([10, 20, 30])
print(len(b), b[1], 20 in b, 5 in b, bool(b), bool(Bag([])))
print(f"{v}", str(v), "%s" % v)
