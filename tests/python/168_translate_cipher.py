# str.maketrans/translate: a Caesar cipher, character cleanup, ROT13.
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()


def caesar(shift):
    shift %= 26
    return str.maketrans(LOWER + UPPER, LOWER[shift:] + LOWER[:shift] + UPPER[shift:] + UPPER[:shift])


message = "Attack at Dawn, 6 AM!"
encoded = message.translate(caesar(3))
print(encoded, encoded.translate(caesar(-3)), message.translate(caesar(13)).translate(caesar(13)))
cleanup = str.maketrans({"-": " ", "_": " ", "!": None, "?": None, "é": "e"})
print("well-known_names! are they? café".translate(cleanup))
vowels = str.maketrans("aeiou", "AEIOU", "xyz")
print("the quick brown fox jumps lazy".translate(vowels))
table = str.maketrans("ab", "ba")
print(sorted(table.items()), "abba".translate(table), "".translate(table))
counts = {}
for ch in "mississippi".translate(str.maketrans("", "", "aeiou")):
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
print("x", flush=True)
print("{0:{1}}|".format("a", 4), "{:*^7}".format("mid"), "{!r:>6}".format("q"))
