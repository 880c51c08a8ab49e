# A Matrix class with operators, equality, repr, and a determinant.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        return "Matrix(%r)" % self.rows

    def __str__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join(" ".join(str(x).rjust(width) for x in row) for row in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in row] for row in self.rows])
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    __rmul__ = __mul__

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            return self.rows[0][0] * self.rows[1][1] - self.rows[0][1] * self.rows[1][0]
        total = 0
        for j in range(self.m):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a * b)
print(repr(2 * a), a * 0.5 == Matrix([[0.5, 1.0], [1.5, 2.0]]))
print(a.transpose(), a[1, 0], a.det(), Matrix.identity(3).det())
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
big = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(big.det(), (big * Matrix.identity(3)) == big, big.transpose().det())
print(Matrix([[1, 2, 3]]) * Matrix([[1], [2], [3]]))
