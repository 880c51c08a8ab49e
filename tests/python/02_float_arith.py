# Floats: arithmetic and CPython's shortest repr.
print(0.1 + 0.2, 1.0, 2.5 * 4, 1 / 3, 10 / 4, 1e16, 1.5e-7, 123456789.125)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 2.0 ** 0.5, 2 ** 0.5)
print(float("3.25"), float(7), float("1e3"), -0.0, 3.0 * -0.0)
print(1.0 == 1, 2.5 > 2, 3 < 3.5, round(2.5), round(3.5), round(2.675, 2))
x = 1.0
i = 0
while i < 10:
    x = x * 1.5
    i += 1
print(x, int(x), abs(-2.5))
print(float("inf"), -float("inf"), 1e300 * 1e10)
print(max(1.5, 2), min(-1, -1.5))
