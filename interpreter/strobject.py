"""Strings: ``W_StrObject`` wraps an RPython str (Unicode, code points)."""

from model import W_Root


class W_StrObject(W_Root):
    """An immutable str."""

    def __init__(self, value):
        self.value = value

    def getclass(self, space):
        return space.w_str


def newstr(s):
    return W_StrObject(s)


HEX_DIGITS = "0123456789abcdef"


def _hex(n, width):
    digits = ""
    i = 0
    while i < width:
        digits = HEX_DIGITS[n & 15] + digits
        n = n >> 4
        i += 1
    return digits


def _is_printable(code):
    """Approximation of str.isprintable for one code point: control
    characters and the C1 block are escaped, everything else printed."""
    if code < 32 or code == 127:
        return False
    if 0x80 <= code < 0xa0:
        return False
    if code == 0xad:
        return False
    return True


def str_repr(s):
    """CPython's repr of a str: single quotes unless the text contains a
    single quote and no double quote."""
    quote = "'"
    if s.find("'") >= 0 and s.find('"') < 0:
        quote = '"'
    parts = [quote]
    for ch in s:
        code = ord(ch)
        if ch == quote or ch == "\\":
            parts.append("\\" + ch)
        elif ch == "\n":
            parts.append("\\n")
        elif ch == "\r":
            parts.append("\\r")
        elif ch == "\t":
            parts.append("\\t")
        elif _is_printable(code):
            parts.append(ch)
        elif code < 0x100:
            parts.append("\\x" + _hex(code, 2))
        elif code < 0x10000:
            parts.append("\\u" + _hex(code, 4))
        else:
            parts.append("\\U" + _hex(code, 8))
    parts.append(quote)
    return "".join(parts)
