# Chained comparisons, short-circuit evaluation, identity, membership.
calls = []


def v(x):
    calls.append(x)
    return x


print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 != 2, 1 <= 1 < 2 <= 2)
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(0), calls)
x = 5
print(0 < x <= 5, 0 < x < 5, "a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) < (1, 3) < (2,))
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2], None is None, x is not None, [] is not [])
print(0 or "", 0 or None or "last", 1 and 2 and 3, 1 and 0 and v(99), [] or {} or (), calls)
print(not 0, not [], not [0], not None, (not 1) == False)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, id(a) == id(b))
print(True + True, True * 10, False - 1, True == 1, 1.0 == True, "1" == 1)
print(min(3, 1) < max(0, 2) == 2, (x > 3) + (x > 4) + (x > 5))
value = 15
kind = "small" if value < 10 else "medium" if value < 20 else "large"
print(kind, "even" if value % 2 == 0 else "odd")
print(1 < 2 == 2 > 1 != 0, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 7 - 3 - 2, 2 * 3 % 4)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4) // 2, 10 - -3, +-+3, ~5 & 0xF, 1 << 2 + 1, 6 & 3 | 8 ^ 1)
