# Roman numerals both ways, with validation errors.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = []
    for value, letters in VALUES:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def from_roman(s):
    table = {letters: value for value, letters in VALUES}
    i = 0
    total = 0
    while i < len(s):
        if s[i:i + 2] in table:
            total += table[s[i:i + 2]]
            i += 2
        elif s[i] in table:
            total += table[s[i]]
            i += 1
        else:
            raise ValueError("bad numeral " + repr(s[i]))
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in [0, 4000]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    from_roman("XIZ")
except ValueError as e:
    print("ValueError:", e)
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
