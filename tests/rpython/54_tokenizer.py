"""A tokenizer and recursive-descent calculator: character classes, string scanning, exceptions for syntax errors."""


class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


class ParseError(Exception):
    def __init__(self, message, pos):
        self.message = message
        self.pos = pos


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            tokens.append(Token("num", src[start:i]))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalpha() or src[i].isdigit() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i]))
        elif ch in "+-*/()^,":
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise ParseError("unexpected character " + repr(ch), i)
    tokens.append(Token("end", ""))
    return tokens


class Parser:
    def __init__(self, tokens, variables):
        self.tokens = tokens
        self.pos = 0
        self.variables = variables

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise ParseError("expected " + repr(text) + " but got " + repr(tok.text), self.pos - 1)

    def expr(self):
        value = self.term()
        while self.peek().text == "+" or self.peek().text == "-":
            op = self.advance().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.peek().text == "*" or self.peek().text == "/":
            op = self.advance().text
            rhs = self.power()
            if op == "*":
                value = value * rhs
            else:
                if rhs == 0.0:
                    raise ParseError("division by zero", self.pos - 1)
                value = value / rhs
        return value

    def power(self):
        base = self.unary()
        if self.peek().text == "^":
            self.advance()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek().text == "-":
            self.advance()
            return -self.unary()
        return self.atom()

    def atom(self):
        tok = self.advance()
        if tok.kind == "num":
            return float(tok.text)
        if tok.kind == "name":
            if self.peek().text == "(":
                self.advance()
                a = self.expr()
                self.expect(",")
                b = self.expr()
                self.expect(")")
                return self.call(tok.text, a, b)
            if tok.text in self.variables:
                return self.variables[tok.text]
            raise ParseError("unknown variable " + tok.text, self.pos - 1)
        if tok.text == "(":
            value = self.expr()
            self.expect(")")
            return value
        raise ParseError("unexpected token " + repr(tok.text), self.pos - 1)

    def call(self, name, a, b):
        if name == "max":
            return max(a, b)
        if name == "min":
            return min(a, b)
        raise ParseError("unknown function " + name, self.pos - 1)


def evaluate(src, variables):
    try:
        tokens = tokenize(src)
        p = Parser(tokens, variables)
        value = p.expr()
        if p.peek().kind != "end":
            raise ParseError("trailing input " + repr(p.peek().text), p.pos)
        return "= " + str(value)
    except ParseError as e:
        return "error at " + str(e.pos) + ": " + e.message


def entry_point(argv):
    variables = {"x": 3.0, "y": 0.5, "big_number": 1e6}
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * -y", "10 / 4 - 1.5",
                "max(x, 7) + min(y, 0.25)", "big_number / 1000", "1 / (x - 3)", "2 +",
                "3 $ 4", "foo + 1", "(1 + 2", "1 2", "pow(2, 3)", "x^2 + y^2"]:
        print(f"{src:<26} {evaluate(src, variables)}")
    kinds = []
    for tok in tokenize("a1 = 12.5*(b_2+3)"[5:]):
        kinds.append(tok.kind + ":" + tok.text)
    print(kinds)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
