"""Matrices as lists of lists of floats: multiplication, transpose, Gaussian elimination, identity checks."""


def zeros(n, m):
    return [[0.0] * m for i in range(n)]


def identity(n):
    result = zeros(n, n)
    for i in range(n):
        result[i][i] = 1.0
    return result


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c


def transpose(a):
    result = []
    for j in range(len(a[0])):
        result.append([row[j] for row in a])
    return result


def solve(a, b):
    # Gaussian elimination with partial pivoting on copies of a and b
    n = len(a)
    m = [row[:] for row in a]
    v = b[:]
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs_f(m[r][col]) > abs_f(m[pivot][col]):
                pivot = r
        m[col], m[pivot] = m[pivot], m[col]
        v[col], v[pivot] = v[pivot], v[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] -= f * m[col][c]
            v[r] -= f * v[col]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = v[i]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x


def abs_f(x):
    return -x if x < 0.0 else x


def show(name, a):
    print(name)
    for row in a:
        print("  ", " ".join([f"{v:8.3f}" for v in row]))


def entry_point(argv):
    a = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    b = [[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]
    show("a", a)
    show("b", b)
    show("a*b", matmul(a, b))
    show("b*a", matmul(b, a))
    show("a^T", transpose(a))
    print(matmul(identity(3), b) == b, transpose(transpose(a)) == a)
    sys_a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
    sys_b = [8.0, -11.0, -3.0]
    x = solve(sys_a, sys_b)
    print("solution", [f"{v:.6f}" for v in x])
    hilbert = []
    for i in range(4):
        hilbert.append([1.0 / (i + j + 1) for j in range(4)])
    show("hilbert", hilbert)
    ones = solve(hilbert, [sum_row(r) for r in hilbert])
    print("hilbert solve", [f"{v:.4f}" for v in ones])
    return 0


def sum_row(row):
    s = 0.0
    for v in row:
        s += v
    return s


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
