"""Recursive-descent parser: tokens -> astnodes.

One method per grammar rule of the (growing) subset of the Python 3.11
grammar, named after the rule.  Errors raise ``SyntaxErrorAt``.
"""

from rlib.rarithmetic import ovfcheck

import astnodes as ast
import bytecode
from tokenizer import (NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, EOF,
                       SyntaxErrorAt, tokenize, decode_escapes)

AUGASSIGN_OPS = {
    "+=": bytecode.OP_ADD, "-=": bytecode.OP_SUB, "*=": bytecode.OP_MUL,
    "/=": bytecode.OP_TRUEDIV, "//=": bytecode.OP_FLOORDIV, "%=": bytecode.OP_MOD,
    "**=": bytecode.OP_POW, "<<=": bytecode.OP_LSHIFT, ">>=": bytecode.OP_RSHIFT,
    "&=": bytecode.OP_AND, "|=": bytecode.OP_OR, "^=": bytecode.OP_XOR,
    "@=": bytecode.OP_MATMUL,
}

COMPARE_OPS = {
    "<": bytecode.CMP_LT, "<=": bytecode.CMP_LE, "==": bytecode.CMP_EQ,
    "!=": bytecode.CMP_NE, ">": bytecode.CMP_GT, ">=": bytecode.CMP_GE,
}

KEYWORDS = ["False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except",
            "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield"]


def literal_base(text):
    """(base, digits) of an int literal (decimal, 0x, 0o, 0b)."""
    if len(text) > 1 and text[0] == "0" and text[1] in "xXoObB":
        c = text[1].lower()
        if c == "x":
            return 16, text[2:]
        if c == "o":
            return 8, text[2:]
        return 2, text[2:]
    return 10, text


def int_literal_node(text, line, col):
    """An IntLit, or a BigIntLit if the value does not fit in a word."""
    base, digits = literal_base(text)
    try:
        return ast.IntLit(line, col, parse_int_literal(base, digits, line, col))
    except OverflowError:
        return ast.BigIntLit(line, col, digits, base)


def parse_int_literal(base, digits, line, col):
    """The value of the digits of an int literal; OverflowError if it does
    not fit in a machine word."""
    value = 0
    for ch in digits:
        o = ord(ch)
        if 48 <= o <= 57:
            d = o - 48
        elif 97 <= o <= 122:
            d = o - 87
        elif 65 <= o <= 90:
            d = o - 55
        else:
            d = 99
        if d >= base:
            raise SyntaxErrorAt("invalid digit '%s' in literal" % ch, line, col)
        value = ovfcheck(value * base)
        value = ovfcheck(value + d)
    return value


def comprehension_loops(generators, innermost):
    """``for target in iter: if cond: ... innermost`` for the clauses of a
    comprehension; the first iterable is the function's parameter ``.0``."""
    body = [innermost]
    g = len(generators) - 1
    while g >= 0:
        gen = generators[g]
        i = len(gen.conds) - 1
        while i >= 0:
            body = [ast.If(gen.line, gen.col, gen.conds[i], body, [])]
            i -= 1
        iterable = gen.iter
        if g == 0:
            iterable = ast.Name(gen.line, gen.col, ".0")
        body = [ast.For(gen.line, gen.col, gen.target, iterable, body, [])]
        g -= 1
    return body


# Binary operators by precedence, loosest first (all left-associative;
# ``**`` binds tighter and is handled by ``power``).
BINARY_LEVELS = [
    {"|": bytecode.OP_OR},
    {"^": bytecode.OP_XOR},
    {"&": bytecode.OP_AND},
    {"<<": bytecode.OP_LSHIFT, ">>": bytecode.OP_RSHIFT},
    {"+": bytecode.OP_ADD, "-": bytecode.OP_SUB},
    {"*": bytecode.OP_MUL, "/": bytecode.OP_TRUEDIV, "//": bytecode.OP_FLOORDIV, "%": bytecode.OP_MOD,
     "@": bytecode.OP_MATMUL},
]


class Parser(object):
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    # ---- token helpers --------------------------------------------------

    def peek(self):
        return self.tokens[self.pos]

    def peek_at(self, offset):
        i = self.pos + offset
        if i >= len(self.tokens):
            i = len(self.tokens) - 1
        return self.tokens[i]

    def advance(self):
        tok = self.tokens[self.pos]
        if self.pos < len(self.tokens) - 1:
            self.pos += 1
        return tok

    def at_op(self, op):
        tok = self.tokens[self.pos]
        return tok.kind == OP and tok.value == op

    def at_keyword(self, word):
        tok = self.tokens[self.pos]
        return tok.kind == NAME and tok.value == word

    def error(self, msg):
        tok = self.peek()
        raise SyntaxErrorAt(msg, tok.line, tok.col)

    def expect_op(self, op):
        if not self.at_op(op):
            self.error("expected '%s'" % op)
        return self.advance()

    def expect_keyword(self, word):
        if not self.at_keyword(word):
            self.error("expected '%s'" % word)
        return self.advance()

    def expect_name(self):
        tok = self.peek()
        if tok.kind != NAME or tok.value in KEYWORDS:
            self.error("invalid syntax")
        self.advance()
        return tok.value

    def accept_op(self, op):
        if self.at_op(op):
            self.advance()
            return True
        return False

    # ---- statements -----------------------------------------------------

    def parse_module(self):
        body = []
        while self.peek().kind != EOF:
            if self.peek().kind == NEWLINE:
                self.advance()
                continue
            self.statement(body)
        return ast.Module(body)

    def statement(self, out):
        """Parse one statement (a simple-statement line may hold several)
        and append it to ``out``."""
        tok = self.peek()
        if tok.kind == NAME:
            word = tok.value
            if word == "if":
                out.append(self.if_stmt())
                return
            if word == "while":
                out.append(self.while_stmt())
                return
            if word == "for":
                out.append(self.for_stmt())
                return
            if word == "def":
                out.append(self.funcdef())
                return
            if word == "class":
                out.append(self.classdef())
                return
            if word == "try":
                out.append(self.try_stmt())
                return
            if word == "with":
                out.append(self.with_stmt())
                return
        if tok.kind == INDENT:
            self.error("unexpected indent")
        if tok.kind == OP and tok.value == "@":
            out.append(self.decorated())
            return
        self.simple_stmts(out)

    def decorated(self):
        decorators = []
        while self.accept_op("@"):
            decorators.append(self.test())
            if self.peek().kind != NEWLINE:
                self.error("invalid syntax")
            self.advance()
        if self.at_keyword("def"):
            fdef = self.funcdef()
            fdef.decorators = decorators
            return fdef
        if self.at_keyword("class"):
            cdef = self.classdef()
            cdef.decorators = decorators
            return cdef
        self.error("expected 'def' or 'class' after a decorator")
        return None

    def simple_stmts(self, out):
        out.append(self.small_stmt())
        while self.accept_op(";"):
            if self.peek().kind == NEWLINE:
                break
            out.append(self.small_stmt())
        if self.peek().kind != NEWLINE:
            self.error("invalid syntax")
        self.advance()

    def block(self):
        """``: NEWLINE INDENT stmt+ DEDENT`` or ``: simple_stmts``."""
        self.expect_op(":")
        body = []
        if self.peek().kind != NEWLINE:
            self.simple_stmts(body)
            return body
        self.advance()
        if self.peek().kind != INDENT:
            self.error("expected an indented block")
        self.advance()
        while self.peek().kind != DEDENT and self.peek().kind != EOF:
            self.statement(body)
        if self.peek().kind == DEDENT:
            self.advance()
        return body

    def small_stmt(self):
        tok = self.peek()
        line = tok.line
        col = tok.col
        if tok.kind == NAME:
            word = tok.value
            if word == "pass":
                self.advance()
                return ast.Pass(line, col)
            if word == "break":
                self.advance()
                return ast.Break(line, col)
            if word == "continue":
                self.advance()
                return ast.Continue(line, col)
            if word == "return":
                self.advance()
                value = None
                if not self.at_end_of_simple():
                    value = self.testlist()
                return ast.Return(line, col, value)
            if word == "raise":
                self.advance()
                exc = None
                cause = None
                if not self.at_end_of_simple():
                    exc = self.test()
                    if self.at_keyword("from"):
                        self.advance()
                        cause = self.test()
                stmt = ast.Raise(line, col, exc)
                stmt.cause = cause
                return stmt
            if word == "global" or word == "nonlocal":
                self.advance()
                names = [self.expect_name()]
                while self.accept_op(","):
                    names.append(self.expect_name())
                return ast.Global(line, col, names, word == "nonlocal")
            if word == "del":
                self.advance()
                targets = [self.bitor()]
                while self.accept_op(","):
                    targets.append(self.bitor())
                return ast.Delete(line, col, targets)
            if word == "assert":
                self.advance()
                test = self.test()
                msg = None
                if self.accept_op(","):
                    msg = self.test()
                return ast.Assert(line, col, test, msg)
            if word == "import":
                return self.import_stmt()
            if word == "from":
                return self.from_import()
        return self.expr_stmt()

    def at_end_of_simple(self):
        tok = self.peek()
        return tok.kind == NEWLINE or (tok.kind == OP and tok.value == ";")

    def dotted_name(self):
        name = self.expect_name()
        while self.accept_op("."):
            name = name + "." + self.expect_name()
        return name

    def import_stmt(self):
        tok = self.advance()
        names = []
        asnames = []
        while True:
            names.append(self.dotted_name())
            if self.at_keyword("as"):
                self.advance()
                asnames.append(self.expect_name())
            else:
                asnames.append("")
            if not self.accept_op(","):
                break
        return ast.Import(tok.line, tok.col, names, asnames)

    def from_import(self):
        tok = self.advance()
        module = self.dotted_name()
        self.expect_keyword("import")
        names = []
        asnames = []
        paren = self.accept_op("(")
        while True:
            if self.at_op("*"):
                self.error("'from ... import *' is not supported yet")
            names.append(self.expect_name())
            if self.at_keyword("as"):
                self.advance()
                asnames.append(self.expect_name())
            else:
                asnames.append("")
            if not self.accept_op(","):
                break
            if paren and self.at_op(")"):
                break
        if paren:
            self.expect_op(")")
        return ast.ImportFrom(tok.line, tok.col, module, names, asnames)

    def expr_stmt(self):
        tok = self.peek()
        first = self.testlist_star()
        nxt = self.peek()
        if nxt.kind == OP and nxt.value in AUGASSIGN_OPS:
            self.advance()
            self.check_target(first)
            value = self.testlist()
            return ast.AugAssign(tok.line, tok.col, first, AUGASSIGN_OPS[nxt.value], value)
        if nxt.kind == OP and nxt.value == ":":
            # An annotated assignment: the annotation is parsed and ignored.
            self.advance()
            self.test()
            if self.accept_op("="):
                value = self.testlist()
                self.check_target(first)
                return ast.Assign(tok.line, tok.col, [first], value)
            return ast.Pass(tok.line, tok.col)
        if not self.at_op("="):
            return ast.ExprStmt(tok.line, tok.col, first)
        targets = [first]
        value = first
        while self.accept_op("="):
            value = self.testlist_star()
            targets.append(value)
        targets.pop()
        for target in targets:
            self.check_target(target)
        return ast.Assign(tok.line, tok.col, targets, value)

    def check_target(self, target):
        if isinstance(target, ast.Name) or isinstance(target, ast.Attribute) or \
                isinstance(target, ast.Subscript) or isinstance(target, ast.Slice):
            return
        if isinstance(target, ast.Starred):
            self.check_target(target.value)
            return
        if isinstance(target, ast.TupleExpr):
            for elt in target.elts:
                self.check_target(elt)
            return
        if isinstance(target, ast.ListExpr):
            for elt in target.elts:
                self.check_target(elt)
            return
        raise SyntaxErrorAt("cannot assign to expression", target.line, target.col)

    def if_stmt(self):
        tok = self.advance()
        test = self.test()
        body = self.block()
        orelse = []
        if self.at_keyword("elif"):
            orelse.append(self.if_stmt())
        elif self.at_keyword("else"):
            self.advance()
            orelse = self.block()
        return ast.If(tok.line, tok.col, test, body, orelse)

    def while_stmt(self):
        tok = self.advance()
        test = self.test()
        body = self.block()
        orelse = []
        if self.at_keyword("else"):
            self.advance()
            orelse = self.block()
        return ast.While(tok.line, tok.col, test, body, orelse)

    def for_stmt(self):
        tok = self.advance()
        target = self.target_list()
        self.check_target(target)
        self.expect_keyword("in")
        iterable = self.testlist()
        body = self.block()
        orelse = []
        if self.at_keyword("else"):
            self.advance()
            orelse = self.block()
        return ast.For(tok.line, tok.col, target, iterable, body, orelse)

    def target_list(self):
        """Targets of ``for``: expressions without comparisons (``in``
        would be ambiguous), tuple if there are commas."""
        tok = self.peek()
        first = self.star_or(False)
        if not self.at_op(","):
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_keyword("in"):
                break
            elts.append(self.star_or(False))
        return ast.TupleExpr(tok.line, tok.col, elts)

    def star_or(self, full):
        """``*expr`` (a Starred) or an expression: ``test`` if ``full``,
        else ``bitor`` (for targets of ``for``)."""
        if self.at_op("*"):
            tok = self.advance()
            return ast.Starred(tok.line, tok.col, self.bitor())
        if full:
            return self.test()
        return self.bitor()

    def funcdef(self):
        tok = self.advance()
        name = self.expect_name()
        self.expect_op("(")
        fdef = ast.FunctionDef(tok.line, tok.col, name, [], [], [])
        self.parameters(fdef, ")")
        self.expect_op(")")
        if self.accept_op("->"):
            self.test()
        fdef.body = self.block()
        return fdef

    def parameters(self, fdef, closing):
        """The parameter list of a def (up to ")") or a lambda (up to
        ":", where there are no annotations), stored into ``fdef``."""
        star_seen = False
        while not self.at_op(closing):
            if self.accept_op("**"):
                fdef.kwarg = self.expect_name()
                self.annotation(closing)
                self.accept_op(",")
                break
            if self.accept_op("*"):
                if star_seen:
                    self.error("* argument may appear only once")
                star_seen = True
                if not self.at_op(","):
                    fdef.vararg = self.expect_name()
                    self.annotation(closing)
                if not self.accept_op(","):
                    break
                continue
            if self.accept_op("/"):
                if star_seen or fdef.posonly > 0 or len(fdef.args) == 0:
                    self.error("invalid syntax")
                fdef.posonly = len(fdef.args)
                if not self.accept_op(","):
                    break
                continue
            name = self.expect_name()
            self.annotation(closing)
            if star_seen:
                fdef.kwonly.append(name)
                if self.accept_op("="):
                    fdef.kw_defaults.append(self.test())
                else:
                    fdef.kw_defaults.append(None)
            else:
                fdef.args.append(name)
                if self.accept_op("="):
                    fdef.defaults.append(self.test())
                elif len(fdef.defaults) > 0:
                    self.error("non-default argument follows default argument")
            if not self.accept_op(","):
                break

    def annotation(self, closing):
        """Skip a parameter annotation (def only: a lambda's ":" ends it)."""
        if closing == ")" and self.accept_op(":"):
            self.test()

    def classdef(self):
        tok = self.advance()
        name = self.expect_name()
        bases = []
        if self.accept_op("("):
            while not self.at_op(")"):
                bases.append(self.test())
                if not self.accept_op(","):
                    break
            self.expect_op(")")
        body = self.block()
        return ast.ClassDef(tok.line, tok.col, name, bases, body)

    def with_stmt(self):
        tok = self.advance()
        items = []
        while True:
            context = self.test()
            target = None
            if self.at_keyword("as"):
                self.advance()
                target = self.bitor()
                self.check_target(target)
            items.append(ast.With(tok.line, tok.col, context, target, []))
            if not self.accept_op(","):
                break
        body = self.block()
        i = len(items) - 1
        while i >= 0:
            items[i].body = body
            body = [items[i]]
            i -= 1
        return items[0]

    def try_stmt(self):
        tok = self.advance()
        body = self.block()
        handlers = []
        while self.at_keyword("except"):
            htok = self.advance()
            htype = None
            hname = None
            if not self.at_op(":"):
                htype = self.test()
                if self.at_keyword("as"):
                    self.advance()
                    hname = self.expect_name()
            hbody = self.block()
            handlers.append(ast.ExceptHandler(htok.line, htok.col, htype, hname, hbody))
        orelse = []
        if self.at_keyword("else"):
            self.advance()
            orelse = self.block()
        finalbody = []
        if self.at_keyword("finally"):
            self.advance()
            finalbody = self.block()
        if len(handlers) == 0 and len(finalbody) == 0:
            self.error("expected 'except' or 'finally' block")
        return ast.Try(tok.line, tok.col, body, handlers, orelse, finalbody)

    # ---- expressions ----------------------------------------------------

    def testlist(self):
        """``test (, test)* [,]``: a tuple if there is a comma."""
        tok = self.peek()
        first = self.star_or(True)
        if not self.at_op(","):
            if isinstance(first, ast.Starred):
                self.error("can't use starred expression here")
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_expr_end():
                break
            elts.append(self.star_or(True))
        return ast.TupleExpr(tok.line, tok.col, elts)

    def testlist_star(self):
        if self.at_keyword("yield"):
            return self.yield_expr()
        return self.testlist()

    def yield_expr(self):
        tok = self.advance()
        if self.at_keyword("from"):
            self.advance()
            return ast.Yield(tok.line, tok.col, self.test(), True)
        value = None
        if not self.at_expr_end() and not self.at_op(")"):
            value = self.testlist()
        return ast.Yield(tok.line, tok.col, value, False)

    def at_expr_end(self):
        tok = self.peek()
        if tok.kind == NEWLINE or tok.kind == EOF:
            return True
        if tok.kind == OP and tok.value in (")", "]", "}", "=", ";", ":"):
            return True
        if tok.kind == OP and tok.value in AUGASSIGN_OPS:
            return True
        return False

    def test(self):
        tok = self.peek()
        if self.at_keyword("lambda"):
            return self.lambdef()
        body = self.or_test()
        if isinstance(body, ast.Name) and self.accept_op(":="):
            return ast.NamedExpr(tok.line, tok.col, body, self.test())
        if self.at_keyword("if"):
            self.advance()
            cond = self.or_test()
            self.expect_keyword("else")
            orelse = self.test()
            return ast.IfExp(tok.line, tok.col, cond, body, orelse)
        return body

    def lambdef(self):
        tok = self.advance()
        fdef = ast.FunctionDef(tok.line, tok.col, "<lambda>", [], [], [])
        self.parameters(fdef, ":")
        self.expect_op(":")
        body = self.test()
        fdef.body = [ast.Return(body.line, body.col, body)]
        return ast.Lambda(tok.line, tok.col, fdef)

    def or_test(self):
        tok = self.peek()
        first = self.and_test()
        if not self.at_keyword("or"):
            return first
        values = [first]
        while self.at_keyword("or"):
            self.advance()
            values.append(self.and_test())
        return ast.BoolOp(tok.line, tok.col, False, values)

    def and_test(self):
        tok = self.peek()
        first = self.not_test()
        if not self.at_keyword("and"):
            return first
        values = [first]
        while self.at_keyword("and"):
            self.advance()
            values.append(self.not_test())
        return ast.BoolOp(tok.line, tok.col, True, values)

    def not_test(self):
        if self.at_keyword("not"):
            tok = self.advance()
            return ast.UnaryOp(tok.line, tok.col, ast.UNARY_NOT, self.not_test())
        return self.comparison()

    def comparison(self):
        tok = self.peek()
        left = self.bitor()
        ops = []
        comparators = []
        while True:
            t = self.peek()
            if t.kind == OP and t.value in COMPARE_OPS:
                self.advance()
                ops.append(COMPARE_OPS[t.value])
            elif self.at_keyword("in"):
                self.advance()
                ops.append(bytecode.CMP_IN)
            elif self.at_keyword("not") and self.peek_at(1).kind == NAME and self.peek_at(1).value == "in":
                self.advance()
                self.advance()
                ops.append(bytecode.CMP_NOT_IN)
            elif self.at_keyword("is"):
                self.advance()
                if self.at_keyword("not"):
                    self.advance()
                    ops.append(bytecode.CMP_IS_NOT)
                else:
                    ops.append(bytecode.CMP_IS)
            else:
                break
            comparators.append(self.bitor())
        if len(ops) == 0:
            return left
        return ast.Compare(tok.line, tok.col, left, ops, comparators)

    def bitor(self):
        """An expression of binary operators (``|`` down to ``*``)."""
        return self.binary(0)

    def binary(self, level):
        """Left-associative binary operators of ``BINARY_LEVELS[level]``,
        operands at the next level (the last level's are factors)."""
        if level == len(BINARY_LEVELS):
            return self.factor()
        left = self.binary(level + 1)
        operators = BINARY_LEVELS[level]
        while self.peek().kind == OP and self.peek().value in operators:
            tok = self.advance()
            left = ast.BinOp(tok.line, tok.col, operators[tok.value], left, self.binary(level + 1))
        return left

    def factor(self):
        tok = self.peek()
        if tok.kind == OP:
            if tok.value == "-":
                self.advance()
                operand = self.factor()
                if isinstance(operand, ast.IntLit):
                    return ast.IntLit(tok.line, tok.col, -operand.value)
                return ast.UnaryOp(tok.line, tok.col, ast.UNARY_NEG, operand)
            if tok.value == "+":
                self.advance()
                return ast.UnaryOp(tok.line, tok.col, ast.UNARY_POS, self.factor())
            if tok.value == "~":
                self.advance()
                return ast.UnaryOp(tok.line, tok.col, ast.UNARY_INVERT, self.factor())
        return self.power()

    def power(self):
        base = self.atom_expr()
        if self.at_op("**"):
            tok = self.advance()
            return ast.BinOp(tok.line, tok.col, bytecode.OP_POW, base, self.factor())
        return base

    def atom_expr(self):
        node = self.atom()
        while True:
            tok = self.peek()
            if tok.kind != OP:
                return node
            if tok.value == "(":
                node = self.call(node)
            elif tok.value == "[":
                self.advance()
                node = self.subscript(node, tok)
            elif tok.value == ".":
                self.advance()
                node = ast.Attribute(tok.line, tok.col, node, self.expect_name())
            else:
                return node

    def call(self, func):
        tok = self.advance()
        args = []
        keywords = []
        keyword_values = []
        kwargs_args = []
        while not self.at_op(")"):
            if self.accept_op("**"):
                kwargs_args.append(self.test())
                if not self.accept_op(","):
                    break
                continue
            star = self.peek()
            if self.accept_op("*"):
                if len(kwargs_args) > 0:
                    self.error("iterable argument unpacking follows keyword argument unpacking")
                args.append(ast.Starred(star.line, star.col, self.test()))
                if not self.accept_op(","):
                    break
                continue
            t = self.peek()
            if len(kwargs_args) > 0 and not (t.kind == NAME and self.peek_at(1).kind == OP
                                             and self.peek_at(1).value == "="):
                self.error("positional argument follows keyword argument unpacking")
            if t.kind == NAME and self.peek_at(1).kind == OP and self.peek_at(1).value == "=":
                self.advance()
                self.advance()
                keywords.append(t.value)
                keyword_values.append(self.test())
            else:
                if len(keywords) > 0:
                    self.error("positional argument follows keyword argument")
                arg = self.test()
                if self.at_keyword("for"):
                    arg = self.generator_tail(arg, t)
                args.append(arg)
            if not self.accept_op(","):
                break
        self.expect_op(")")
        call = ast.Call(tok.line, tok.col, func, args, keywords, keyword_values)
        call.kwargs_args = kwargs_args
        return call

    def subscript(self, value, tok):
        lower = None
        upper = None
        if not self.at_op(":"):
            index = self.testlist()
            if not self.at_op(":"):
                self.expect_op("]")
                return ast.Subscript(tok.line, tok.col, value, index)
            lower = index
        self.expect_op(":")
        if not self.at_op("]") and not self.at_op(":"):
            upper = self.test()
        step = None
        if self.accept_op(":"):
            if not self.at_op("]"):
                step = self.test()
        self.expect_op("]")
        return ast.Slice(tok.line, tok.col, value, lower, upper, step)

    def comprehension_clauses(self):
        """``for target in iter [if cond]...`` clauses, at least one."""
        generators = []
        while self.at_keyword("for"):
            tok = self.advance()
            target = self.target_list()
            self.check_target(target)
            self.expect_keyword("in")
            iterable = self.or_test()
            conds = []
            while self.at_keyword("if"):
                self.advance()
                conds.append(self.or_test())
            generators.append(ast.Comprehension(tok.line, tok.col, target, iterable, conds))
        return generators

    def comprehension_tail(self, elt, tok):
        return self.comprehension(ast.COMP_LIST, elt, None, tok)

    def comprehension(self, kind, elt, value, tok):
        """A list, set or dict comprehension after its element: a function
        body building ``.result`` (see ast.ListComp)."""
        line = tok.line
        col = tok.col
        result = ast.Name(line, col, ".result")
        if kind == ast.COMP_LIST:
            empty = ast.ListExpr(line, col, [])
        elif kind == ast.COMP_SET:
            empty = ast.SetExpr(line, col, [])
        else:
            empty = ast.DictExpr(line, col, [], [])
        generators = self.comprehension_clauses()
        loops = comprehension_loops(generators, ast.ComprehensionAdd(line, col, kind, elt, value))
        body = [ast.Assign(line, col, [result], empty)] + loops + [ast.Return(line, col, result)]
        return ast.ListComp(line, col, kind, generators[0].iter, body)

    def generator_tail(self, elt, tok):
        """``elt for target in iter if cond ...``: a GeneratorExp whose body
        is ``for target in .0: if cond: ... yield elt``."""
        generators = self.comprehension_clauses()
        innermost = ast.ExprStmt(tok.line, tok.col, ast.Yield(tok.line, tok.col, elt, False))
        return ast.GeneratorExp(tok.line, tok.col, generators[0].iter,
                                comprehension_loops(generators, innermost))

    def atom(self):
        tok = self.peek()
        line = tok.line
        col = tok.col
        if tok.kind == NUMBER:
            self.advance()
            if tok.is_float:
                return ast.FloatLit(line, col, float(tok.value))
            return int_literal_node(tok.value, line, col)
        if tok.kind == STRING:
            return self.strings()
        if tok.kind == NAME:
            word = tok.value
            if word == "None":
                self.advance()
                return ast.NameConst(line, col, ast.CONST_NONE)
            if word == "True":
                self.advance()
                return ast.NameConst(line, col, ast.CONST_TRUE)
            if word == "False":
                self.advance()
                return ast.NameConst(line, col, ast.CONST_FALSE)
            return ast.Name(line, col, self.expect_name())
        if tok.kind == OP:
            if tok.value == "(":
                self.advance()
                if self.accept_op(")"):
                    return ast.TupleExpr(line, col, [])
                if self.at_keyword("yield"):
                    value = self.yield_expr()
                    self.expect_op(")")
                    return value
                first = self.star_or(True)
                if self.at_keyword("for"):
                    gen = self.generator_tail(first, tok)
                    self.expect_op(")")
                    return gen
                if self.accept_op(")"):
                    return first
                elts = [first]
                while self.accept_op(","):
                    if self.at_op(")"):
                        break
                    elts.append(self.star_or(True))
                self.expect_op(")")
                return ast.TupleExpr(line, col, elts)
            if tok.value == "[":
                self.advance()
                elts = []
                if self.accept_op("]"):
                    return ast.ListExpr(line, col, elts)
                first = self.star_or(True)
                if self.at_keyword("for"):
                    comp = self.comprehension_tail(first, tok)
                    self.expect_op("]")
                    return comp
                elts.append(first)
                while self.accept_op(","):
                    if self.at_op("]"):
                        break
                    elts.append(self.star_or(True))
                self.expect_op("]")
                return ast.ListExpr(line, col, elts)
            if tok.value == "{":
                return self.dict_or_set()
            if tok.value == "...":
                self.advance()
                return ast.NameConst(line, col, ast.CONST_ELLIPSIS)
        self.error("invalid syntax")
        return None

    def dict_or_set(self):
        """``{}``, ``{k: v, ...}``, ``{a, b}`` and the comprehensions."""
        tok = self.advance()
        line = tok.line
        col = tok.col
        if self.accept_op("}"):
            return ast.DictExpr(line, col, [], [])
        first = None
        if not self.at_op("**"):
            first = self.test()
        if first is None or self.accept_op(":"):
            if first is None:
                self.expect_op("**")
                value = self.bitor()
            else:
                value = self.test()
                if self.at_keyword("for"):
                    comp = self.comprehension(ast.COMP_DICT, first, value, tok)
                    self.expect_op("}")
                    return comp
            keys = [first]
            values = [value]
            while self.accept_op(","):
                if self.at_op("}"):
                    break
                if self.accept_op("**"):
                    keys.append(None)
                    values.append(self.bitor())
                    continue
                keys.append(self.test())
                self.expect_op(":")
                values.append(self.test())
            self.expect_op("}")
            return ast.DictExpr(line, col, keys, values)
        if self.at_keyword("for"):
            comp = self.comprehension(ast.COMP_SET, first, None, tok)
            self.expect_op("}")
            return comp
        elts = [first]
        while self.accept_op(","):
            if self.at_op("}"):
                break
            elts.append(self.test())
        self.expect_op("}")
        return ast.SetExpr(line, col, elts)

    def strings(self):
        """Adjacent string literals, concatenated; f-strings become a
        JoinedStr."""
        first = self.peek()
        parts = []
        has_fstring = False
        while self.peek().kind == STRING:
            tok = self.advance()
            if tok.is_bytes != first.is_bytes:
                raise SyntaxErrorAt("cannot mix bytes and nonbytes literals", tok.line, tok.col)
            if tok.fstring:
                has_fstring = True
                parse_fstring(tok.value, tok.line, tok.col, parts)
            else:
                parts.append(ast.StrLit(tok.line, tok.col, tok.value))
        if not has_fstring:
            pieces = []
            for part in parts:
                if isinstance(part, ast.StrLit):
                    pieces.append(part.value)
            if first.is_bytes:
                return ast.BytesLit(first.line, first.col, "".join(pieces))
            return ast.StrLit(first.line, first.col, "".join(pieces))
        return ast.JoinedStr(first.line, first.col, parts)


def parse_fstring(body, line, col, parts):
    """Split the raw body of an f-string into StrLit and FormattedValue
    nodes appended to ``parts``."""
    i = 0
    n = len(body)
    literal = []
    while i < n:
        ch = body[i]
        if ch == "{":
            if i + 1 < n and body[i + 1] == "{":
                literal.append("{")
                i += 2
                continue
            if len(literal) > 0:
                parts.append(ast.StrLit(line, col, decode_escapes("".join(literal), line, col)))
                literal = []
            i = parse_fstring_field(body, i + 1, line, col, parts)
        elif ch == "}":
            if i + 1 < n and body[i + 1] == "}":
                literal.append("}")
                i += 2
                continue
            raise SyntaxErrorAt("f-string: single '}' is not allowed", line, col)
        else:
            literal.append(ch)
            i += 1
    if len(literal) > 0:
        parts.append(ast.StrLit(line, col, decode_escapes("".join(literal), line, col)))


def parse_fstring_field(body, start, line, col, parts):
    """Parse ``expr[!r][:spec]}`` from ``start``; returns the index after
    the closing brace."""
    n = len(body)
    depth = 0
    i = start
    quote = ""
    while i < n:
        ch = body[i]
        if quote != "":
            if ch == quote:
                quote = ""
        elif ch == "'" or ch == '"':
            quote = ch
        elif ch == "(" or ch == "[" or ch == "{":
            depth += 1
        elif ch == ")" or ch == "]" or ch == "}":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and (ch == "!" or ch == ":") and not (ch == "!" and i + 1 < n and body[i + 1] == "="):
            break
        i += 1
    if i >= n:
        raise SyntaxErrorAt("f-string: expecting '}'", line, col)
    expr_text = body[start:i]
    conversion = 0
    stripped = expr_text.rstrip()
    if len(stripped) >= 2 and stripped[len(stripped) - 1] == "=" and \
            stripped[len(stripped) - 2] not in "=!<>":
        # Self-documenting ``{expr=}``: the text, then the repr by default.
        parts.append(ast.StrLit(line, col, expr_text))
        expr_text = stripped[:len(stripped) - 1]
        if body[i] == "}":
            conversion = bytecode.FORMAT_CONV_REPR
    value = parse_expression_text(expr_text, line)
    if body[i] == "!":
        if i + 1 >= n:
            raise SyntaxErrorAt("f-string: expecting '}'", line, col)
        c = body[i + 1]
        if c == "r":
            conversion = bytecode.FORMAT_CONV_REPR
        elif c == "s":
            conversion = bytecode.FORMAT_CONV_STR
        elif c == "a":
            conversion = bytecode.FORMAT_CONV_ASCII
        else:
            raise SyntaxErrorAt("f-string: invalid conversion character", line, col)
        i += 2
    spec = None
    if i < n and body[i] == ":":
        j = i + 1
        depth = 0
        while j < n:
            if body[j] == "{":
                depth += 1
            elif body[j] == "}":
                if depth == 0:
                    break
                depth -= 1
            j += 1
        spec_parts = []
        parse_fstring(body[i + 1:j], line, col, spec_parts)
        spec = ast.JoinedStr(line, col, spec_parts)
        i = j
    if i >= n or body[i] != "}":
        raise SyntaxErrorAt("f-string: expecting '}'", line, col)
    parts.append(ast.FormattedValue(line, col, value, conversion, spec))
    return i + 1


def parse_expression_text(text, line):
    """Parse the expression of an f-string field."""
    tokens = tokenize("(" + text + ")")
    for tok in tokens:
        tok.line = line
    p = Parser(tokens)
    return p.test()


def parse(source):
    return Parser(tokenize(source)).parse_module()
