# int(s, base), literals with underscores and prefixes, hex/bin/oct, bit_length.
print(int("ff", 16), int("FF", 16), int("0x1f", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("1010", 2), int("z", 36), int("  42  "), int("-17"), int("+5"))
print(int("1_000_000"), 1_000_000, 0x_ff, 0b_1010, 0o_17, 1_0.5)
print(hex(255), hex(-255), bin(10), bin(-10), oct(8), oct(-8), hex(0), bin(0))
print(hex(2 ** 100), bin(2 ** 70 + 1), oct(3 ** 40))
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print(int(3.99), int(-3.99), int(True), int("0"), int(1e20), int(-2.5e30))
print(int("123456789012345678901234567890"), int("-" + "9" * 30, 10))
print(int("zz", 36) == 35 * 36 + 35, int("10", 3))
for bad in ["", "abc", "12.5", "0x", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
print(0xDEAD_BEEF, 0o777, 0B11, 0XaB)
print(format(255, "x"), format(255, "#x"), format(255, "08b"), format(-5, "o"), f"{1234567:_}", f"{1234567:,}")
print(f"{255:#X}", f"{10:#o}", f"{5:#b}")
