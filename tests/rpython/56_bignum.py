"""Arbitrary-precision arithmetic on lists of base-10000 digits: factorials, powers of two, Fibonacci numbers."""

BASE = 10000


def from_int(n):
    digits = []
    while n > 0:
        digits.append(n % BASE)
        n = n // BASE
    if not digits:
        digits.append(0)
    return digits


def add(a, b):
    result = []
    carry = 0
    for i in range(max(len(a), len(b))):
        s = carry
        if i < len(a):
            s += a[i]
        if i < len(b):
            s += b[i]
        result.append(s % BASE)
        carry = s // BASE
    if carry:
        result.append(carry)
    return result


def mul_small(a, k):
    result = []
    carry = 0
    for d in a:
        p = d * k + carry
        result.append(p % BASE)
        carry = p // BASE
    while carry:
        result.append(carry % BASE)
        carry = carry // BASE
    return result


def mul(a, b):
    result = [0] * (len(a) + len(b))
    for i in range(len(a)):
        carry = 0
        for j in range(len(b)):
            t = result[i + j] + a[i] * b[j] + carry
            result[i + j] = t % BASE
            carry = t // BASE
        k = i + len(b)
        while carry:
            t = result[k] + carry
            result[k] = t % BASE
            carry = t // BASE
            k += 1
    while len(result) > 1 and result[-1] == 0:
        result.pop()
    return result


def to_str(a):
    parts = [str(a[-1])]
    for i in range(len(a) - 2, -1, -1):
        parts.append(f"{a[i]:04d}")
    return "".join(parts)


def factorial(n):
    r = from_int(1)
    for i in range(2, n + 1):
        r = mul_small(r, i)
    return r


def digit_sum(s):
    total = 0
    for ch in s:
        total += ord(ch) - ord("0")
    return total


def entry_point(argv):
    for n in [0, 1, 10, 20, 21, 30, 52]:
        print(f"{n}! = {to_str(factorial(n))}")
    f100 = to_str(factorial(100))
    print("100! has", len(f100), "digits, digit sum", digit_sum(f100))
    p = from_int(1)
    for i in range(128):
        p = mul_small(p, 2)
    print("2^128 =", to_str(p))
    a = from_int(0)
    b = from_int(1)
    for i in range(200):
        a, b = b, add(a, b)
    print("fib(200) =", to_str(a))
    x = from_int(123456789)
    print("123456789^4 =", to_str(mul(mul(x, x), mul(x, x))))
    print(to_str(add(from_int(9999), from_int(1))), to_str(mul(from_int(0), from_int(55))))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
