"""The tokenizer: source text -> list of tokens.

It tracks indentation (INDENT / DEDENT tokens), ignores newlines inside
brackets and after a backslash, and decodes string literals.  An f-string
is kept raw (``Token.fstring`` set): the parser splits it into literal
parts and expressions.
"""

NAME = 1
NUMBER = 2
STRING = 3
OP = 4
NEWLINE = 5
INDENT = 6
DEDENT = 7
EOF = 8

KIND_NAMES = ["?", "NAME", "NUMBER", "STRING", "OP", "NEWLINE", "INDENT", "DEDENT", "EOF"]

THREE_CHAR_OPS = ["**=", "//=", ">>=", "<<=", "...", "!=="]
TWO_CHAR_OPS = ["**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=",
                "/=", "%=", "&=", "|=", "^=", "@=", "->", ":="]
ONE_CHAR_OPS = "+-*/%<>=()[]{},:.;@&|^~"


class SyntaxErrorAt(Exception):
    """A syntax error at a source position (interp-level; the interpreter
    turns it into an application-level SyntaxError)."""

    def __init__(self, msg, line, col):
        self.msg = msg
        self.line = line
        self.col = col


class Token(object):
    def __init__(self, kind, value, line, col):
        self.kind = kind
        self.value = value
        self.line = line
        self.col = col
        # For NUMBER: True if the literal is a float.
        self.is_float = False
        # For STRING: True for f-strings (value is the raw body), True for
        # bytes literals.
        self.fstring = False
        self.is_bytes = False


def is_name_start(ch):
    return ch.isalpha() or ch == "_" or ord(ch) > 127


def is_name_char(ch):
    return ch.isalpha() or ch.isdigit() or ch == "_" or ord(ch) > 127


class Tokenizer(object):
    def __init__(self, source):
        self.src = source
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.tokens = []
        self.indents = [0]
        self.depth = 0
        self.at_line_start = True

    def col(self):
        return self.pos - self.line_start

    def add(self, kind, value, line, col):
        tok = Token(kind, value, line, col)
        self.tokens.append(tok)
        return tok

    def error(self, msg):
        raise SyntaxErrorAt(msg, self.line, self.col())

    def newline(self):
        self.line += 1
        self.line_start = self.pos

    def tokenize(self):
        src = self.src
        n = len(src)
        while self.pos < n:
            if self.at_line_start and self.depth == 0:
                if self.handle_indentation():
                    continue
            ch = src[self.pos]
            if ch == "\n":
                if self.depth == 0 and not self.at_line_start:
                    self.add(NEWLINE, "", self.line, self.col())
                    self.at_line_start = True
                self.pos += 1
                self.newline()
            elif ch == " " or ch == "\t" or ch == "\r" or ch == "\x0c":
                self.pos += 1
            elif ch == "#":
                while self.pos < n and src[self.pos] != "\n":
                    self.pos += 1
            elif ch == "\\" and self.pos + 1 < n and src[self.pos + 1] == "\n":
                self.pos += 2
                self.newline()
            elif ch.isdigit() or (ch == "." and self.pos + 1 < n and src[self.pos + 1].isdigit()):
                self.read_number()
            elif is_name_start(ch):
                self.read_name_or_string()
            elif ch == '"' or ch == "'":
                self.read_string("", self.line, self.col())
            else:
                self.read_op()
        if not self.at_line_start:
            self.add(NEWLINE, "", self.line, self.col())
        while len(self.indents) > 1:
            self.indents.pop()
            self.add(DEDENT, "", self.line, 0)
        self.add(EOF, "", self.line, 0)
        return self.tokens

    def handle_indentation(self):
        """At the start of a logical line: measure the indentation and emit
        INDENT/DEDENT.  Returns True if the line was blank or a comment."""
        src = self.src
        n = len(src)
        width = 0
        p = self.pos
        while p < n and (src[p] == " " or src[p] == "\t" or src[p] == "\x0c"):
            if src[p] == "\t":
                width = (width // 8 + 1) * 8
            else:
                width += 1
            p += 1
        if p >= n:
            self.pos = p
            return True
        if src[p] == "\n" or src[p] == "#" or src[p] == "\r":
            # Blank line or comment only: no NEWLINE token, no indentation.
            while p < n and src[p] != "\n":
                p += 1
            self.pos = p
            if p < n:
                self.pos = p + 1
                self.newline()
            return True
        self.pos = p
        self.at_line_start = False
        current = self.indents[len(self.indents) - 1]
        if width > current:
            self.indents.append(width)
            self.add(INDENT, "", self.line, 0)
        else:
            while width < self.indents[len(self.indents) - 1]:
                self.indents.pop()
                self.add(DEDENT, "", self.line, 0)
            if width != self.indents[len(self.indents) - 1]:
                raise SyntaxErrorAt("unindent does not match any outer indentation level",
                                    self.line, width)
        return False

    def read_number(self):
        src = self.src
        n = len(src)
        start = self.pos
        line = self.line
        col = self.col()
        is_float = False
        if src[self.pos] == "0" and self.pos + 1 < n and src[self.pos + 1] in "xXoObB":
            self.pos += 2
            while self.pos < n and (src[self.pos].isalpha() or src[self.pos].isdigit() or src[self.pos] == "_"):
                self.pos += 1
        else:
            while self.pos < n and (src[self.pos].isdigit() or src[self.pos] == "_"):
                self.pos += 1
            if self.pos < n and src[self.pos] == ".":
                is_float = True
                self.pos += 1
                while self.pos < n and (src[self.pos].isdigit() or src[self.pos] == "_"):
                    self.pos += 1
            if self.pos < n and (src[self.pos] == "e" or src[self.pos] == "E"):
                is_float = True
                self.pos += 1
                if self.pos < n and (src[self.pos] == "+" or src[self.pos] == "-"):
                    self.pos += 1
                while self.pos < n and src[self.pos].isdigit():
                    self.pos += 1
        text = src[start:self.pos].replace("_", "")
        tok = self.add(NUMBER, text, line, col)
        tok.is_float = is_float

    def read_name_or_string(self):
        src = self.src
        n = len(src)
        start = self.pos
        line = self.line
        col = self.col()
        while self.pos < n and is_name_char(src[self.pos]):
            self.pos += 1
        word = src[start:self.pos]
        if self.pos < n and (src[self.pos] == '"' or src[self.pos] == "'"):
            prefix = word.lower()
            if prefix in ("r", "b", "f", "rb", "br", "fr", "rf", "u"):
                self.read_string(prefix, line, col)
                return
        self.add(NAME, word, line, col)

    def read_string(self, prefix, line, col):
        src = self.src
        n = len(src)
        quote = src[self.pos]
        triple = self.pos + 2 < n and src[self.pos + 1] == quote and src[self.pos + 2] == quote
        if triple:
            self.pos += 3
        else:
            self.pos += 1
        raw = prefix.find("r") >= 0
        parts = []
        while True:
            if self.pos >= n:
                raise SyntaxErrorAt("unterminated string literal", line, col)
            ch = src[self.pos]
            if ch == quote:
                if not triple:
                    self.pos += 1
                    break
                if self.pos + 2 < n and src[self.pos + 1] == quote and src[self.pos + 2] == quote:
                    self.pos += 3
                    break
                parts.append(ch)
                self.pos += 1
            elif ch == "\n":
                if not triple:
                    raise SyntaxErrorAt("unterminated string literal", line, col)
                parts.append(ch)
                self.pos += 1
                self.newline()
            elif ch == "\\" and self.pos + 1 < n:
                nxt = src[self.pos + 1]
                if nxt == "\n":
                    if raw:
                        parts.append("\\\n")
                    self.pos += 2
                    self.newline()
                else:
                    parts.append(ch + nxt)
                    self.pos += 2
            else:
                parts.append(ch)
                self.pos += 1
        body = "".join(parts)
        tok = self.add(STRING, "", line, col)
        tok.is_bytes = prefix.find("b") >= 0
        if prefix.find("f") >= 0:
            tok.fstring = True
            tok.value = body
        elif raw:
            tok.value = body
        else:
            tok.value = decode_escapes(body, line, col)

    def read_op(self):
        src = self.src
        line = self.line
        col = self.col()
        three = src[self.pos:self.pos + 3]
        two = src[self.pos:self.pos + 2]
        if three in THREE_CHAR_OPS:
            op = three
        elif two in TWO_CHAR_OPS:
            op = two
        elif ONE_CHAR_OPS.find(src[self.pos]) >= 0:
            op = src[self.pos]
        else:
            raise SyntaxErrorAt("invalid character '%s'" % src[self.pos], line, col)
        self.pos += len(op)
        if op == "(" or op == "[" or op == "{":
            self.depth += 1
        elif op == ")" or op == "]" or op == "}":
            if self.depth > 0:
                self.depth -= 1
        self.add(OP, op, line, col)


def _hexval(ch):
    o = ord(ch)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 102:
        return o - 87
    if 65 <= o <= 70:
        return o - 55
    return -1


def decode_escapes(s, line, col):
    """Interpret the backslash escapes of a non-raw string literal."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != "\\" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        c = s[i + 1]
        i += 2
        if c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "r":
            out.append("\r")
        elif c == "\\":
            out.append("\\")
        elif c == "'":
            out.append("'")
        elif c == '"':
            out.append('"')
        elif c == "0" and (i >= n or not s[i].isdigit()):
            out.append("\x00")
        elif c == "a":
            out.append("\x07")
        elif c == "b":
            out.append("\x08")
        elif c == "f":
            out.append("\x0c")
        elif c == "v":
            out.append("\x0b")
        elif c == "x" or c == "u" or c == "U":
            width = 2
            if c == "u":
                width = 4
            elif c == "U":
                width = 8
            value = 0
            k = 0
            while k < width:
                if i + k >= n or _hexval(s[i + k]) < 0:
                    raise SyntaxErrorAt("truncated \\%s escape" % c, line, col)
                value = value * 16 + _hexval(s[i + k])
                k += 1
            i += width
            out.append(chr(value))
        elif "01234567".find(c) >= 0:
            value = ord(c) - 48
            k = 0
            while k < 2 and i < n and "01234567".find(s[i]) >= 0:
                value = value * 8 + ord(s[i]) - 48
                i += 1
                k += 1
            out.append(chr(value))
        else:
            out.append("\\")
            out.append(c)
    return "".join(out)


def tokenize(source):
    return Tokenizer(source).tokenize()
