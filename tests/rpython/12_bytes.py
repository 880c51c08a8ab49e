"""bytes: literals, str.encode/bytes.decode in UTF-8, indexing giving ints, len, concatenation."""


def checksum(data):
    total = 0
    for i in range(len(data)):
        total = (total * 31 + data[i]) % 1000003
    return total


def hex_dump(data):
    parts = []
    for i in range(len(data)):
        parts.append(f"{data[i]:x}")
    return " ".join(parts)


def entry_point(argv):
    b = b"hello"
    print(len(b), b[0], b[1], b[-1], b[4])
    text = "héllo wörld 😀"
    enc = text.encode("utf-8")
    print(len(text), len(enc))
    print(hex_dump(enc))
    dec = enc.decode("utf-8")
    print(dec, dec == text, len(dec))
    joined = b + b" " + "ünï".encode("utf-8")
    print(len(joined), joined.decode("utf-8"))
    print(checksum(b"abc"), checksum(enc), checksum(b""))
    raw = b"\x00\x01\xff\x7f"
    print(len(raw), raw[0], raw[2], raw[3])
    print(b == b"hello", b == b"world", b"ab" + b"cd" == b"abcd")
    for ch in ["a", "é", "€", "😀"]:
        print(ch, len(ch.encode("utf-8")), hex_dump(ch.encode("utf-8")))
    empty = "".encode("utf-8")
    print(len(empty), empty.decode("utf-8") == "")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
