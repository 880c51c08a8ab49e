# Integer arithmetic with CPython semantics for // and %.
a = 17
b = 5
print(a + b, a - b, a * b, a // b, a % b, a / b)
print(-a // b, -a % b, a // -b, a % -b)
print(2 ** 10, 2 ** 0, (-3) ** 3, 2 ** -1)
print(a << 3, a >> 2, a & 3, a | 8, a ^ 1, ~a)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
print(x)
print(abs(-4), abs(3), divmod(17, 5), divmod(-17, 5))
print(max(3, 9, 2), min(3, 9, 2), sum([1, 2, 3, 4]))
print(1000000 * 1000000, 123456789 * 987654321)
print(int("42") + 1, int("-17"), int(3.9), int(-3.9), int("ff", 16))
