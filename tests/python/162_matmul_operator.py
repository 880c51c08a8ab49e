# The @ operator (__matmul__, __rmatmul__, __imatmul__) on a small matrix class.
class M:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        if isinstance(other, M):
            cols = list(zip(*other.rows))
            return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        if isinstance(other, list):
            return [sum(a * b for a, b in zip(r, other)) for r in self.rows]
        return NotImplemented

    def __rmatmul__(self, other):
        if isinstance(other, list):
            cols = list(zip(*self.rows))
            return [sum(a * b for a, b in zip(other, c)) for c in cols]
        return NotImplemented

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return "M(%r)" % self.rows


a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b, b @ a, a @ [1, 1], [1, 1] @ a)
c = a
c @= b
print(c, a is c)
for bad in [lambda: 2 @ 3, lambda: a @ "x", lambda: "x" @ a]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
