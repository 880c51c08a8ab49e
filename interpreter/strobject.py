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


# Ranges of non-printable code points beyond Latin-1 (separators other
# than the ASCII space, format characters, surrogates, private use), an
# approximation of the Unicode database that repr() consults.
NON_PRINTABLE_RANGES = [
    (0x0600, 0x0605), (0x061c, 0x061c), (0x06dd, 0x06dd), (0x070f, 0x070f),
    (0x1680, 0x1680), (0x180e, 0x180e), (0x2000, 0x200f), (0x2028, 0x202f),
    (0x205f, 0x2064), (0x2066, 0x206f), (0x3000, 0x3000), (0xd800, 0xf8ff),
    (0xfeff, 0xfeff), (0xfff9, 0xfffb), (0xe0001, 0xe0001), (0xe0020, 0xe007f),
    (0xf0000, 0x10ffff),
]


def _is_printable(code):
    """Approximation of str.isprintable for one code point."""
    if code < 32 or code == 127:
        return False
    if 0x80 <= code <= 0xa0:
        return False
    if code == 0xad:
        return False
    if code < 0x600:
        return True
    for low, high in NON_PRINTABLE_RANGES:
        if low <= code <= high:
            return False
    return True


def code_escape(code):
    """``\\xNN``, ``\\uNNNN`` or ``\\UNNNNNNNN`` for a code point."""
    if code < 0x100:
        return "\\x" + _hex(code, 2)
    if code < 0x10000:
        return "\\u" + _hex(code, 4)
    return "\\U" + _hex(code, 8)


def ascii_escape(s):
    """Escape the non-ASCII characters of ``s`` as repr() does."""
    parts = []
    for ch in s:
        code = ord(ch)
        if code < 0x80:
            parts.append(ch)
        else:
            parts.append(code_escape(code))
    return "".join(parts)


def repr_quote(s):
    """The quote repr() uses: single unless the text contains a single
    quote and no double quote."""
    if s.find("'") >= 0 and s.find('"') < 0:
        return '"'
    return "'"


def simple_escape(ch, quote):
    """The escape of the quote, backslash, newline, return or tab, else
    None (shared by the reprs of str and bytes)."""
    if ch == quote or ch == "\\":
        return "\\" + ch
    if ch == "\n":
        return "\\n"
    if ch == "\r":
        return "\\r"
    if ch == "\t":
        return "\\t"
    return None


def str_repr(s):
    """CPython's repr of a str."""
    quote = repr_quote(s)
    parts = [quote]
    for ch in s:
        code = ord(ch)
        escaped = simple_escape(ch, quote)
        if escaped is not None:
            parts.append(escaped)
        elif _is_printable(code):
            parts.append(ch)
        else:
            parts.append(code_escape(code))
    parts.append(quote)
    return "".join(parts)
