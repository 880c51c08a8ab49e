# Unbounded integers: factorials, Fibonacci, modular arithmetic, conversions.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


f50 = factorial(50)
print(f50, len(str(f50)), f50.bit_length(), f50 % 1000003, f50 // factorial(48))
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a, a % 10 ** 9, -a // 7, -a % 7, divmod(a, 12345678901))
print(2 ** 256 - 1 == int("f" * 64, 16), hex(2 ** 100 + 255), bin(2 ** 65)[-5:], oct(8 ** 30)[:6])
print(pow(3, 10 ** 5, 10 ** 9 + 7), pow(2, 521, 2 ** 521 - 1), pow(12345678901234567890, 3))
x = 123456789123456789123456789
print(x * x, x * -x, -x * -x == x * x, x // -1000, x % -1000, x >> 40, x << 10, -x >> 3)
print(x & 0xFFFFFFFF, x | 1, x ^ (x >> 1), ~x, abs(-x), -(-x) == x)
print(x > 2 ** 63, x < -x, max(x, 2 ** 90), min(-x, -(2 ** 90)), x == float(x), float(x))
print(int(1e30), int(-1.5e25), round(x, -20), x / 3, 10 ** 30 / 10 ** 28)
print(hash(2 ** 70) == hash(2 ** 70), {2 ** 70: "big"}[2 ** 70], str(-2 ** 100)[:10])
total = sum(i ** 5 for i in range(1, 1000))
print(total, total == (1000 ** 2 * 999 ** 2 * (2 * 999 ** 2 + 2 * 999 - 1)) // 12)
n = 2 ** 64
print(n - 1, n + 1, n * n, (n * n) // n == n, 9223372036854775807 + 1, -9223372036854775808 - 1)
print(sorted([2 ** 70, -5, 2 ** 64, 0, -(2 ** 80)]), f"{2 ** 70:,}", f"{2 ** 70:x}", "%d" % 2 ** 70)
