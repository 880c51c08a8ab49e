# Matrices as lists of lists: multiply, transpose, determinant, identity powers.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]


def transpose(a):
    return [list(row) for row in zip(*a)]


def det(a):
    n = len(a)
    if n == 1:
        return a[0][0]
    if n == 2:
        return a[0][0] * a[1][1] - a[0][1] * a[1][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        total += (-1) ** j * a[0][j] * det(minor)
    return total


def matpow(a, e):
    n = len(a)
    result = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
    while e > 0:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result


m = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
print(matmul(m, m))
print(transpose(m), det(m), det([[2, 0], [0, 2]]))
fibm = matpow([[1, 1], [1, 0]], 90)
print(fibm[0][1], matpow([[1, 1], [1, 0]], 200)[0][1])
for row in matmul([[0.5, 0], [0, 2]], [[1, 2], [3, 4]]):
    print(" ".join(f"{x:6.2f}" for x in row))
