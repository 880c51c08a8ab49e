"""The abstract syntax tree produced by parser.py.

Two families, ``Expr`` and ``Stmt``, so that every list of children has
one element type for the annotator.  Operators are stored as the BINARY_OP
and COMPARE_OP argument numbers of bytecode.py, so the compiler needs no
translation table.
"""


class Node(object):
    def __init__(self, line, col):
        self.line = line
        self.col = col


class Expr(Node):
    pass


class Stmt(Node):
    pass


# ---- expressions -------------------------------------------------------

class IntLit(Expr):
    def __init__(self, line, col, value):
        Node.__init__(self, line, col)
        self.value = value


class BigIntLit(Expr):
    """An int literal too large for a machine word: its digits and base."""

    def __init__(self, line, col, digits, base):
        Node.__init__(self, line, col)
        self.digits = digits
        self.base = base


class FloatLit(Expr):
    def __init__(self, line, col, value):
        Node.__init__(self, line, col)
        self.value = value


class StrLit(Expr):
    def __init__(self, line, col, value):
        Node.__init__(self, line, col)
        self.value = value


class NamedExpr(Expr):
    """``target := value`` (the target is a Name)."""

    def __init__(self, line, col, target, value):
        Node.__init__(self, line, col)
        self.target = target
        self.value = value


class BytesLit(Expr):
    """A bytes literal; ``value`` has one character (< 256) per byte."""

    def __init__(self, line, col, value):
        Node.__init__(self, line, col)
        self.value = value


CONST_NONE = 0
CONST_TRUE = 1
CONST_FALSE = 2
CONST_ELLIPSIS = 3


class NameConst(Expr):
    """None, True, False or ``...``."""

    def __init__(self, line, col, kind):
        Node.__init__(self, line, col)
        self.kind = kind


class Name(Expr):
    def __init__(self, line, col, ident):
        Node.__init__(self, line, col)
        self.ident = ident


class BinOp(Expr):
    def __init__(self, line, col, op, left, right):
        Node.__init__(self, line, col)
        self.op = op
        self.left = left
        self.right = right


UNARY_NEG = 0
UNARY_POS = 1
UNARY_NOT = 2
UNARY_INVERT = 3


class UnaryOp(Expr):
    def __init__(self, line, col, op, operand):
        Node.__init__(self, line, col)
        self.op = op
        self.operand = operand


class BoolOp(Expr):
    """``a and b and c`` (is_and) or ``a or b or c``."""

    def __init__(self, line, col, is_and, values):
        Node.__init__(self, line, col)
        self.is_and = is_and
        self.values = values


class Compare(Expr):
    """A (possibly chained) comparison: ``left ops[0] comparators[0] ...``."""

    def __init__(self, line, col, left, ops, comparators):
        Node.__init__(self, line, col)
        self.left = left
        self.ops = ops
        self.comparators = comparators


class Call(Expr):
    """``func(args..., k=v..., **mapping...)``; ``args`` may contain
    ``Starred`` nodes (``*iterable``), ``kwargs_args`` lists the ``**``
    operands."""

    def __init__(self, line, col, func, args, keywords, keyword_values):
        Node.__init__(self, line, col)
        self.func = func
        self.args = args
        self.keywords = keywords
        self.keyword_values = keyword_values
        self.kwargs_args = []


class Attribute(Expr):
    def __init__(self, line, col, value, attr):
        Node.__init__(self, line, col)
        self.value = value
        self.attr = attr


class Subscript(Expr):
    def __init__(self, line, col, value, index):
        Node.__init__(self, line, col)
        self.value = value
        self.index = index


class Slice(Expr):
    """``value[lower:upper:step]``; missing parts are None."""

    def __init__(self, line, col, value, lower, upper, step):
        Node.__init__(self, line, col)
        self.value = value
        self.lower = lower
        self.upper = upper
        self.step = step


class ListExpr(Expr):
    def __init__(self, line, col, elts):
        Node.__init__(self, line, col)
        self.elts = elts


class TupleExpr(Expr):
    def __init__(self, line, col, elts):
        Node.__init__(self, line, col)
        self.elts = elts


class DictExpr(Expr):
    """``{k: v, **mapping}``: a None key marks a ``**mapping`` entry."""

    def __init__(self, line, col, keys, values):
        Node.__init__(self, line, col)
        self.keys = keys
        self.values = values


class IfExp(Expr):
    def __init__(self, line, col, test, body, orelse):
        Node.__init__(self, line, col)
        self.test = test
        self.body = body
        self.orelse = orelse


class Comprehension(Node):
    """One ``for target in iter if cond...`` clause."""

    def __init__(self, line, col, target, iter, conds):
        Node.__init__(self, line, col)
        self.target = target
        self.iter = iter
        self.conds = conds


COMP_LIST = 0
COMP_SET = 1
COMP_DICT = 2


class ListComp(Expr):
    """A list, set (kind COMP_SET) or dict (COMP_DICT) comprehension.  As
    in CPython, it runs as a function of its first iterable (``.0``), so its
    variables do not leak: the parser builds the body, ``.result = []``,
    the ``for``/``if`` clauses around a ``ComprehensionAdd``, and
    ``return .result``."""

    def __init__(self, line, col, kind, iter, body):
        Node.__init__(self, line, col)
        self.kind = kind
        self.iter = iter
        self.body = body


class ComprehensionAdd(Stmt):
    """Innermost statement of a comprehension: add ``elt`` (with ``value``
    for a dict) to the collection in the local ``.result``."""

    def __init__(self, line, col, kind, elt, value):
        Node.__init__(self, line, col)
        self.kind = kind
        self.elt = elt
        self.value = value


class Starred(Expr):
    """``*value`` in an unpacking target or a list/tuple display."""

    def __init__(self, line, col, value):
        Node.__init__(self, line, col)
        self.value = value


class SetExpr(Expr):
    def __init__(self, line, col, elts):
        Node.__init__(self, line, col)
        self.elts = elts


class Lambda(Expr):
    """``lambda params: body``: ``fdef`` is the equivalent function (named
    ``<lambda>``, its body a single return)."""

    def __init__(self, line, col, fdef):
        Node.__init__(self, line, col)
        self.fdef = fdef


class Yield(Expr):
    """``yield value`` (value may be None) or ``yield from value``."""

    def __init__(self, line, col, value, is_from):
        Node.__init__(self, line, col)
        self.value = value
        self.is_from = is_from


class GeneratorExp(Expr):
    """``(elt for target in iter if cond)``: the parser builds the body of
    the generator function, a ``for`` over its only parameter ``.0``."""

    def __init__(self, line, col, iter, body):
        Node.__init__(self, line, col)
        self.iter = iter
        self.body = body


class FormattedValue(Expr):
    """One ``{value!conv:spec}`` of an f-string; conversion is one of the
    FORMAT_CONV_* numbers (0 for none), spec an Expr or None."""

    def __init__(self, line, col, value, conversion, spec):
        Node.__init__(self, line, col)
        self.value = value
        self.conversion = conversion
        self.spec = spec


class JoinedStr(Expr):
    """An f-string: the concatenation of StrLit and FormattedValue parts."""

    def __init__(self, line, col, values):
        Node.__init__(self, line, col)
        self.values = values


# ---- statements --------------------------------------------------------

class ExprStmt(Stmt):
    def __init__(self, line, col, value):
        Node.__init__(self, line, col)
        self.value = value


class Assign(Stmt):
    """``t1 = t2 = value``."""

    def __init__(self, line, col, targets, value):
        Node.__init__(self, line, col)
        self.targets = targets
        self.value = value


class AugAssign(Stmt):
    def __init__(self, line, col, target, op, value):
        Node.__init__(self, line, col)
        self.target = target
        self.op = op
        self.value = value


class If(Stmt):
    def __init__(self, line, col, test, body, orelse):
        Node.__init__(self, line, col)
        self.test = test
        self.body = body
        self.orelse = orelse


class While(Stmt):
    def __init__(self, line, col, test, body, orelse):
        Node.__init__(self, line, col)
        self.test = test
        self.body = body
        self.orelse = orelse


class For(Stmt):
    def __init__(self, line, col, target, iter, body, orelse):
        Node.__init__(self, line, col)
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse


class FunctionDef(Stmt):
    """``def name(args..., *vararg, **kwarg)``; ``defaults`` belong to the
    last positional arguments; vararg and kwarg are "" when absent."""

    def __init__(self, line, col, name, args, defaults, body):
        Node.__init__(self, line, col)
        self.name = name
        self.args = args
        self.defaults = defaults
        self.body = body
        self.vararg = ""
        self.kwarg = ""
        # Keyword-only parameters (after ``*`` or ``*args``) and their
        # defaults (None where there is none).
        self.kwonly = []
        self.kw_defaults = []
        # How many of ``args`` are positional-only (before a ``/``).
        self.posonly = 0
        # Decorator expressions, outermost first.
        self.decorators = []

    def all_params(self):
        """Parameter names in frame order: positional, keyword-only,
        *vararg, **kwarg."""
        names = self.args + self.kwonly
        if self.vararg != "":
            names.append(self.vararg)
        if self.kwarg != "":
            names.append(self.kwarg)
        return names


class ClassDef(Stmt):
    def __init__(self, line, col, name, bases, body):
        Node.__init__(self, line, col)
        self.name = name
        self.bases = bases
        self.body = body
        self.decorators = []


class Return(Stmt):
    def __init__(self, line, col, value):
        Node.__init__(self, line, col)
        self.value = value


class Pass(Stmt):
    pass


class Break(Stmt):
    pass


class Continue(Stmt):
    pass


class Raise(Stmt):
    """``raise exc from cause``; both may be None."""

    def __init__(self, line, col, exc):
        Node.__init__(self, line, col)
        self.exc = exc
        self.cause = None


class ExceptHandler(Node):
    """``except type as name:``; type and name may be None."""

    def __init__(self, line, col, type, name, body):
        Node.__init__(self, line, col)
        self.type = type
        self.name = name
        self.body = body


class Try(Stmt):
    def __init__(self, line, col, body, handlers, orelse, finalbody):
        Node.__init__(self, line, col)
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody


class With(Stmt):
    """``with context as target: body`` (target may be None); several
    items are nested With statements."""

    def __init__(self, line, col, context, target, body):
        Node.__init__(self, line, col)
        self.context = context
        self.target = target
        self.body = body


class Import(Stmt):
    """``import a as b, c``: asnames[i] is "" when there is no ``as``."""

    def __init__(self, line, col, names, asnames):
        Node.__init__(self, line, col)
        self.names = names
        self.asnames = asnames


class ImportFrom(Stmt):
    def __init__(self, line, col, module, names, asnames):
        Node.__init__(self, line, col)
        self.module = module
        self.names = names
        self.asnames = asnames


class Global(Stmt):
    """``global`` or (is_nonlocal) ``nonlocal`` declaration."""

    def __init__(self, line, col, names, is_nonlocal):
        Node.__init__(self, line, col)
        self.names = names
        self.is_nonlocal = is_nonlocal


class Delete(Stmt):
    def __init__(self, line, col, targets):
        Node.__init__(self, line, col)
        self.targets = targets


class Assert(Stmt):
    def __init__(self, line, col, test, msg):
        Node.__init__(self, line, col)
        self.test = test
        self.msg = msg


class Module(Node):
    def __init__(self, body):
        Node.__init__(self, 1, 0)
        self.body = body
