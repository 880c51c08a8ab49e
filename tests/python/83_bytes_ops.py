# bytes: literals, indexing, slicing, methods, encode/decode, comparison.

data = b"Hello, World"
print(data, len(data), data[0], data[-1], data[1:5], data[::-1])
print(data.upper(), data.lower(), data.startswith(b"Hell"), data.endswith(b"x"))
print(data.find(b"World"), data.find(b"zz"), data.index(b"o"), data.count(b"l"))
print(data.split(b", "), b"-".join([b"a", b"b", b"c"]))
print(data.replace(b"l", b"L"), b"  pad  ".strip(), data + b"!", b"ab" * 3)
print(list(b"abc"), bytes([72, 105]), bytes(3), b"x" in b"xyz", 120 in b"xyz")
text = "héllo wörld"
encoded = text.encode("utf-8")
print(encoded, len(encoded), encoded.decode("utf-8") == text)
print(b"abc" < b"abd", b"abc" == b"abc", b"a" != b"b", b"" < b"a")
print(repr(b"quote's"), repr(b'dq"'), repr(b"\x00\x7f\xff\n\t\\"))
print(b"abc".hex())
total = 0
for byte in b"\x01\x02\x03":
    total += byte
print("total", total)
print(bytes(range(65, 70)), b"a,b,,c".split(b","), b"line1\nline2".splitlines())
print(b"abc".isalpha(), b"123".isdigit(), b"Ab".islower())
d = {b"key": 1}
print(d[b"key"], hash(b"k") == hash(b"k"))
print(str(b"x"), bytes("abc", "ascii"))
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
