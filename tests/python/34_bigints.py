# Unbounded integers: machine-word fast path, rbigint beyond.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fact(50))
print(fib(200), fib(90), fib(93))
print(2 ** 64, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -(2 ** 63) - 1)
big = 123456789012345678901234567890
print(big * big, big // 97, big % 97, -big // 97, -big % 97, big // -97, big % -97)
print(big > 2 ** 64, big == 123456789012345678901234567890, big != big + 1, big < -big)
print(divmod(10 ** 30 + 7, 10 ** 15), pow(3, 80) if False else 3 ** 80)
print(1 << 100, (1 << 100) >> 98, (2 ** 100 - 1) & 0xFFFF, (2 ** 70) | 5, (2 ** 70) ^ (2 ** 70 + 3), ~(2 ** 70))
print(-(2 ** 70) >> 3, -(2 ** 70) & 0xFFF, -1 & (2 ** 70 + 1))
print(hex(2 ** 70), bin(2 ** 65), oct(-(2 ** 64)), hex(255), bin(-5))
print(int("123456789012345678901234567890") * 2, int("-ffffffffffffffffffff", 16))
print(float(2 ** 80), 2 ** 80 / 2 ** 78, 10 ** 20 / 3, int(1e20), int(-2.5e19))
print(f"{2 ** 70:,} {2 ** 70:x} {-(10 ** 20):>25} {10 ** 19:e}", "%d|%x" % (2 ** 65, 2 ** 65))
d = {2 ** 64: "two64", 12: "twelve"}
print(d[2 ** 64], d[3 * 4], 2 ** 64 in d, (2 ** 64) // (2 ** 32) in d)
total = 0
for i in range(100):
    total += 2 ** 60
print(total, total // 100 == 2 ** 60, abs(-(2 ** 99)), max(2 ** 70, 5), min(-(2 ** 70), 0))
x = 7 ** 77
print(x, len(str(x)), str(x)[:10], x % 1000000007, isinstance(x, int), type(x).__name__)
