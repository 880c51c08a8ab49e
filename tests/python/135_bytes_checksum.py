# Binary data: encoding text, checksums, hex dumps, binary file round trip.
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def hexdump(data, width=8):
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexes = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append("%04x  %-23s  %s" % (offset, hexes, text))
    return "\n".join(lines)


message = "Grüße, World! ✓"
data = message.encode("utf-8")
print(len(message), len(data), data)
print(adler32(data), adler32(b"Wikipedia") == 0x11E60398)
print(hexdump(data))
print(data.decode("utf-8") == message, bytes(reversed(data[:5])), data.count(b"l"))
path = "_pycorpus_135_data.bin"
payload = bytes(range(256)) + data
with open(path, "wb") as f:
    f.write(payload)
with open(path, "rb") as f:
    back = f.read()
print(back == payload, len(back), back[250:260], adler32(back))
print(b"%s" % b"x" if False else b"-".join([b"a", bytes([98]), b"c"]), b"abc".upper().lower())
