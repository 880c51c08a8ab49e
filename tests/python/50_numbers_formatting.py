# Numeric formatting and conversions.
values = [0, 1, -1, 42, 3.0, -2.5, 1e-5, 123456.789, 1e22, 0.1 + 0.7, 2 ** 0.5, 1 / 7]
for v in values:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:g}", f"{v:10.2f}|")
print(int("0012"), int(" 7 "), float(" 2.5 "), int(-0.9), round(-2.5), round(0.125, 2), round(7))
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** -2, (-8) ** 2, 7.0 // 2, 7 % 2.5)
print(abs(-0.0), -0.0 == 0.0, 1e308 * 10, -1e308 * 10, 0.1 * 3, 1.1 + 2.2)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), max(1, 2.5), min(-1, -1.0))
print(True + 1, True * 2.5, False - 1, 3 * True, sum([True, True, False]))
print("%.2f %5d %-5d| %05.1f %x %o %e" % (3.14159, 42, 42, 2.5, 255, 8, 0.000123))
print(format(1234.5, ",.1f"), format(0.5, "%"), format(42, "b"), format(-42, "08d"), format("s", ">3"))
print(1 == 1.0, 1 < 1.5 < 2, 2 ** 62 + 2 ** 62, -(2 ** 63), 10 ** 18 * 10)
print(float(10 ** 20), int(float(2 ** 53)), 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
