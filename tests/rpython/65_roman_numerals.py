"""Roman numerals both ways: tuples of (value, symbol), dict lookups, string building, round-trip checks."""

SYMBOLS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if n <= 0 or n >= 4000:
        raise ValueError("out of range: " + str(n))
    parts = []
    for value, symbol in SYMBOLS:
        while n >= value:
            parts.append(symbol)
            n -= value
    return "".join(parts)


def from_roman(s):
    total = 0
    prev = 0
    for i in range(len(s) - 1, -1, -1):
        ch = s[i]
        if ch not in VALUES:
            raise ValueError("bad numeral " + repr(ch))
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


def entry_point(argv):
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        r = to_roman(n)
        print(f"{n:>4} {r:<12} {from_roman(r)}")
    ok = 0
    longest = ""
    for n in range(1, 4000):
        r = to_roman(n)
        if from_roman(r) == n:
            ok += 1
        if len(r) > len(longest):
            longest = r
    print("round trips:", ok, "longest:", longest, len(longest))
    for bad in [0, 4000, -5]:
        try:
            to_roman(bad)
        except ValueError as e:
            print("error:", str(e))
    for s in ["MMXXIV", "mcm", "XIZ"]:
        try:
            print(s, from_roman(s))
        except ValueError as e:
            print(s, "error:", str(e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
