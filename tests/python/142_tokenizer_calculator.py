# A tokenizer and recursive-descent evaluator for arithmetic with variables.
class CalcError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif ch in "+-*/()^=":
            tokens.append(("op", ch))
            i += 1
        else:
            raise CalcError("bad character %r at %d" % (ch, i))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.power()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            rhs = self.power()
            if op == "/" and rhs == 0:
                raise CalcError("division by zero")
            value = value * rhs if op == "*" else value / rhs
        return value

    def power(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "name":
            if value not in self.env:
                raise CalcError("unknown variable %s" % value)
            return self.env[value]
        if (kind, value) == ("op", "("):
            result = self.expr()
            if self.take() != ("op", ")"):
                raise CalcError("expected )")
            return result
        raise CalcError("unexpected %s" % (value,))


def run(line, env):
    tokens = tokenize(line)
    if len(tokens) > 2 and tokens[1] == ("op", "="):
        env[tokens[0][1]] = Parser(tokens[2:], env).expr()
        return "%s = %s" % (tokens[0][1], env[tokens[0][1]])
    return Parser(tokens, env).expr()


env = {}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 7", "y = x * 1.5", "x * y - 1",
             "10 / 4", "2 ^ 100", "1 / 0", "3 $ 4", "z + 1", "(1 + 2"]:
    try:
        print(line, "=>", run(line, env))
    except CalcError as e:
        print(line, "=> error:", e)
