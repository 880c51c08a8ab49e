"""bytes: ``W_BytesObject`` keeps its bytes as an RPython str with one
character (code point 0..255) per byte.  That way bytes share str's
machinery (slicing, searching, splitting, hashing) instead of needing a
second copy of every method; the conversions to and from RPython bytes
happen only at the edges (files, encode/decode)."""

from model import W_Root
from strobject import repr_quote, simple_escape, code_escape

HEX_DIGITS = "0123456789abcdef"

# Every byte value as a one-byte bytes object: an RPython program cannot
# build bytes from ints, but it can slice and concatenate constants.
ALL_BYTES = (b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
             b"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f"
             b" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_"
             b"`abcdefghijklmnopqrstuvwxyz{|}~\x7f"
             b"\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f"
             b"\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f"
             b"\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf"
             b"\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf"
             b"\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf"
             b"\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf"
             b"\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef"
             b"\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff")


class W_BytesObject(W_Root):
    """Immutable bytes; ``value`` holds one character < 256 per byte."""

    def __init__(self, value):
        self.value = value

    def getclass(self, space):
        return space.w_bytes


def from_rbytes(data):
    """RPython bytes -> the str representation."""
    chars = []
    for byte in data:
        chars.append(chr(byte))
    return "".join(chars)


def to_rbytes(value):
    """The str representation -> RPython bytes."""
    ascii_only = True
    for ch in value:
        if ord(ch) >= 0x80:
            ascii_only = False
            break
    if ascii_only:
        return value.encode("utf-8")
    pieces = []
    for ch in value:
        code = ord(ch)
        pieces.append(ALL_BYTES[code:code + 1])
    # Pairwise concatenation: linear depth, n log n copying.
    while len(pieces) > 1:
        merged = []
        i = 0
        while i + 1 < len(pieces):
            merged.append(pieces[i] + pieces[i + 1])
            i += 2
        if i < len(pieces):
            merged.append(pieces[i])
        pieces = merged
    if len(pieces) == 0:
        return b""
    return pieces[0]


def encode_utf8(text):
    return from_rbytes(text.encode("utf-8"))


def decode_utf8(value):
    return to_rbytes(value).decode("utf-8")


def bytes_repr(value):
    """``b'...'``: printable ASCII as is, the rest as escapes."""
    quote = repr_quote(value)
    parts = ["b", quote]
    for ch in value:
        code = ord(ch)
        escaped = simple_escape(ch, quote)
        if escaped is not None:
            parts.append(escaped)
        elif 32 <= code < 127:
            parts.append(ch)
        else:
            parts.append(code_escape(code))
    parts.append(quote)
    return "".join(parts)


def to_hex(value):
    parts = []
    for ch in value:
        code = ord(ch)
        parts.append(HEX_DIGITS[code >> 4] + HEX_DIGITS[code & 15])
    return "".join(parts)
