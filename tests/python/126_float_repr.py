# Float repr, arithmetic corner cases, conversions.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123, 1.5e300 * 1e10, -0.0,
          100.0, 1e22, 1e23, 5e-324, 2.0 ** 0.5, 10 / 4, 7.0, 0.30000000000000004]
for v in values:
    print(repr(v), str(v))
print(float("1e5"), float("-2.5"), float(" 3 "), float("inf"), float("-inf"), float(10), float(True))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, 1.0 == 1, 2.5 == 5 / 2, int(2.9999), int(-0.5))
print(3.7 // 1, 3.7 % 1 < 0.71, -3.7 // 1, round(-3.7), round(3.5), round(4.5), round(-0.5))
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10) != 0)
print((2.5).is_integer(), (3.0).is_integer(), 7.0 / 2, 7 / 2.0, 2 ** 0.5 * 2 ** 0.5)
print(sum([0.1] * 10), 1.1 + 2.2, 3.3 * 3, 1 - 0.9, 100 * 1.1)
print(min(1.5, 2), max(-0.0, 0.0), abs(-2.5), divmod(7.5, 2), 7.5 % -2)
print(f"{1 / 7:.10f} {1 / 7:.3e} {2 / 3:g} {1e-10:g} {123.456:.1f}")
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(int(1e15), int(123.999e3), float(2 ** 53) == float(2 ** 53 + 1), 0.5 + 0.25 == 0.75)
