"""Conversions: ord, chr, str() of int/float/bool, int(s), float(s), building numbers from text."""


def parse_digits(s):
    value = 0
    for ch in s:
        value = value * 10 + (ord(ch) - ord("0"))
    return value


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


def to_binary(n):
    if n == 0:
        return "0"
    digits = ""
    while n > 0:
        digits = str(n % 2) + digits
        n = n // 2
    return digits


def entry_point(argv):
    print(ord("A"), ord("z"), ord("0"), ord("é"), ord("€"), ord("😀"), ord("\n"))
    print(chr(65), chr(0x3b1), chr(0x1F600), chr(8364), chr(97) + chr(98))
    print(str(42), str(-7), str(0), str(3.25), str(-0.5), str(1e20), str(True), str(False))
    print(len(str(123456789)), str(10 ** 15) + "!", str(2.0) + str(3))
    print(int("42"), int("-17"), int("  99  "), int("+5"), int("007"))
    print(float("3.5"), float("-2"), float("1e3"), float(" 0.25 "), float("inf"), float("-inf"))
    print(float("1.5e-3"), float(".5"), float("5."), float("-0"))
    print(parse_digits("31415"), parse_digits("0"), parse_digits("9223372036854775807"))
    print(caesar("Hello, World!", 3), caesar(caesar("Round Trip", 13), 13))
    for n in [0, 1, 5, 255, 1024]:
        print(n, to_binary(n), int(to_binary(n)) % 1000)
    total = 0
    for piece in "10 20 30 -5".split():
        total += int(piece)
    print("sum", total)
    ftotal = 0.0
    for piece in "0.5 0.25 0.125".split(" "):
        ftotal += float(piece)
    print("fsum", ftotal)
    codes = []
    for ch in "Añ😀":
        codes.append(ord(ch))
    print(codes)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
