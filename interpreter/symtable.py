"""Symbol tables: which names are fast locals, cells, free variables,
globals or dict lookups, for every scope of a module.

A first pass (``SymtableBuilder``) walks the AST and records, per scope
(module, function, lambda, class body), the names bound, the names read and
the ``global``/``nonlocal`` declarations.  A second pass (``resolve``)
decides the kind of each name.  A name read in a function but bound in an
enclosing function is FREE there and a CELL in the defining function;
functions (and class bodies) in between get it as FREE too, so that they
can pass the cell on when they create the inner function.

List comprehensions are compiled inline, so their variables are bound in
the enclosing scope.
"""

import astnodes as ast
from tokenizer import SyntaxErrorAt

SCOPE_MODULE = 0
SCOPE_FUNCTION = 1
SCOPE_CLASS = 2

# Kinds of names.
LOCAL = 1            # fast local of a function
CELL = 2             # local of a function captured by an inner function
FREE = 3             # captured from an enclosing function
GLOBAL_EXPLICIT = 4  # declared ``global``
GLOBAL_IMPLICIT = 5  # not bound anywhere around: globals, then builtins
NAME = 6             # module or class body: dict lookup


class Scope(object):
    def __init__(self, kind, name, parent):
        self.kind = kind
        self.name = name
        self.parent = parent
        self.params = []
        self.bound = {}
        self.used = {}
        self.globals = {}
        self.nonlocals = {}
        # Every name mentioned, in first-seen order (for determinism).
        self.order = []
        self.kinds = {}
        self.cellvars = []
        self.freevars = []
        self.children = []
        self.is_generator = False

    def note(self, name):
        if name not in self.bound and name not in self.used and \
                name not in self.globals and name not in self.nonlocals:
            self.order.append(name)

    def bind(self, name):
        self.note(name)
        self.bound[name] = True

    def use(self, name):
        self.note(name)
        self.used[name] = True

    def kind_of(self, name):
        if name in self.kinds:
            return self.kinds[name]
        if self.kind == SCOPE_FUNCTION:
            return GLOBAL_IMPLICIT
        return NAME

    def add_cell(self, name):
        if name not in self.cellvars:
            self.cellvars.append(name)
        self.kinds[name] = CELL

    def add_free(self, name):
        if name not in self.freevars:
            self.freevars.append(name)
        if self.kind != SCOPE_CLASS or name not in self.bound:
            self.kinds[name] = FREE

    def deref_index(self, name):
        """Index of a cell or free variable in the frame's cell array."""
        i = 0
        while i < len(self.cellvars):
            if self.cellvars[i] == name:
                return i
            i += 1
        i = 0
        while i < len(self.freevars):
            if self.freevars[i] == name:
                return len(self.cellvars) + i
            i += 1
        return -1


class SymbolTable(object):
    """The scopes of a module, found by their defining node."""

    def __init__(self):
        self.scopes = {}
        self.top = None

    def scope_of(self, node):
        return self.scopes[node]


class SymtableBuilder(object):
    def __init__(self, table):
        self.table = table
        self.scope = None

    def new_scope(self, kind, name, node):
        scope = Scope(kind, name, self.scope)
        if self.scope is not None:
            self.scope.children.append(scope)
        self.table.scopes[node] = scope
        return scope

    def visit_module(self, module):
        scope = self.new_scope(SCOPE_MODULE, "<module>", module)
        self.table.top = scope
        self.scope = scope
        self.visit_stmts(module.body)

    def visit_stmts(self, stmts):
        for s in stmts:
            self.visit_stmt(s)

    def bind_named_expr_target(self, name):
        """``name := ...`` binds in the current scope, except that in a
        comprehension it binds in the enclosing non-comprehension scope
        (PEP 572): the comprehension scopes in between declare it nonlocal
        (global when that scope is the module)."""
        scope = self.scope
        if scope.name not in IMPLICIT_FUNCTION_NAMES:
            scope.bind(name)
            return
        outer = scope.parent
        while outer is not None and outer.name in IMPLICIT_FUNCTION_NAMES:
            outer = outer.parent
        if outer is None:
            scope.bind(name)
            return
        inner = scope
        while inner is not outer:
            inner.note(name)
            if outer.kind == SCOPE_FUNCTION:
                inner.nonlocals[name] = True
            else:
                inner.globals[name] = True
            inner = inner.parent
        outer.bind(name)

    def visit_defaults(self, fdef):
        for default in fdef.defaults:
            self.visit_expr(default)
        for kw_default in fdef.kw_defaults:
            self.visit_optional(kw_default)

    def visit_function(self, node, name, args, body_stmts, body_expr):
        outer = self.scope
        scope = self.new_scope(SCOPE_FUNCTION, name, node)
        for arg in args:
            scope.params.append(arg)
            scope.bind(arg)
        self.scope = scope
        if body_expr is not None:
            self.visit_expr(body_expr)
        else:
            self.visit_stmts(body_stmts)
        self.scope = outer

    def visit_stmt(self, s):
        if isinstance(s, ast.ExprStmt):
            self.visit_expr(s.value)
        elif isinstance(s, ast.Assign):
            self.visit_expr(s.value)
            for target in s.targets:
                self.visit_target(target)
        elif isinstance(s, ast.AugAssign):
            self.visit_expr(s.value)
            if isinstance(s.target, ast.Name):
                self.scope.use(s.target.ident)
            self.visit_target(s.target)
        elif isinstance(s, ast.If):
            self.visit_expr(s.test)
            self.visit_stmts(s.body)
            self.visit_stmts(s.orelse)
        elif isinstance(s, ast.While):
            self.visit_expr(s.test)
            self.visit_stmts(s.body)
            self.visit_stmts(s.orelse)
        elif isinstance(s, ast.For):
            self.visit_expr(s.iter)
            self.visit_target(s.target)
            self.visit_stmts(s.body)
            self.visit_stmts(s.orelse)
        elif isinstance(s, ast.ComprehensionAdd):
            self.scope.use(".result")
            self.visit_expr(s.elt)
            self.visit_optional(s.value)
        elif isinstance(s, ast.FunctionDef):
            self.visit_exprs(s.decorators)
            self.visit_defaults(s)
            self.scope.bind(s.name)
            self.visit_function(s, s.name, s.all_params(), s.body, None)
        elif isinstance(s, ast.ClassDef):
            self.visit_exprs(s.decorators)
            for base in s.bases:
                self.visit_expr(base)
            self.scope.bind(s.name)
            outer = self.scope
            self.scope = self.new_scope(SCOPE_CLASS, s.name, s)
            self.visit_stmts(s.body)
            self.scope = outer
        elif isinstance(s, ast.Return):
            if s.value is not None:
                self.visit_expr(s.value)
        elif isinstance(s, ast.Raise):
            if s.exc is not None:
                self.visit_expr(s.exc)
            self.visit_optional(s.cause)
        elif isinstance(s, ast.Try):
            self.visit_stmts(s.body)
            for h in s.handlers:
                if h.type is not None:
                    self.visit_expr(h.type)
                if h.name is not None:
                    self.scope.bind(h.name)
                self.visit_stmts(h.body)
            self.visit_stmts(s.orelse)
            self.visit_stmts(s.finalbody)
        elif isinstance(s, ast.With):
            self.visit_expr(s.context)
            if s.target is not None:
                self.visit_target(s.target)
            self.visit_stmts(s.body)
        elif isinstance(s, ast.Import):
            i = 0
            while i < len(s.names):
                if s.asnames[i] != "":
                    self.scope.bind(s.asnames[i])
                else:
                    self.scope.bind(s.names[i])
                i += 1
        elif isinstance(s, ast.ImportFrom):
            i = 0
            while i < len(s.names):
                if s.asnames[i] != "":
                    self.scope.bind(s.asnames[i])
                else:
                    self.scope.bind(s.names[i])
                i += 1
        elif isinstance(s, ast.Global):
            for name in s.names:
                if s.is_nonlocal:
                    self.scope.note(name)
                    self.scope.nonlocals[name] = True
                else:
                    self.scope.note(name)
                    self.scope.globals[name] = True
        elif isinstance(s, ast.Delete):
            for target in s.targets:
                self.visit_target(target)
        elif isinstance(s, ast.Assert):
            self.visit_expr(s.test)
            if s.msg is not None:
                self.visit_expr(s.msg)

    def visit_target(self, target):
        if isinstance(target, ast.Name):
            self.scope.bind(target.ident)
        elif isinstance(target, ast.Attribute):
            self.visit_expr(target.value)
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.index)
        elif isinstance(target, ast.Slice):
            self.visit_expr(target)
        elif isinstance(target, ast.TupleExpr):
            for elt in target.elts:
                self.visit_target(elt)
        elif isinstance(target, ast.ListExpr):
            for elt in target.elts:
                self.visit_target(elt)
        elif isinstance(target, ast.Starred):
            self.visit_target(target.value)
        else:
            self.visit_expr(target)

    def visit_exprs(self, exprs):
        for e in exprs:
            self.visit_expr(e)

    def visit_optional(self, e):
        if e is not None:
            self.visit_expr(e)

    def visit_expr(self, e):
        if isinstance(e, ast.Name):
            self.scope.use(e.ident)
        elif isinstance(e, ast.BinOp):
            self.visit_expr(e.left)
            self.visit_expr(e.right)
        elif isinstance(e, ast.UnaryOp):
            self.visit_expr(e.operand)
        elif isinstance(e, ast.BoolOp):
            self.visit_exprs(e.values)
        elif isinstance(e, ast.Compare):
            self.visit_expr(e.left)
            self.visit_exprs(e.comparators)
        elif isinstance(e, ast.Call):
            self.visit_expr(e.func)
            self.visit_exprs(e.args)
            self.visit_exprs(e.keyword_values)
            self.visit_exprs(e.kwargs_args)
        elif isinstance(e, ast.Attribute):
            self.visit_expr(e.value)
        elif isinstance(e, ast.Subscript):
            self.visit_expr(e.value)
            self.visit_expr(e.index)
        elif isinstance(e, ast.Slice):
            self.visit_expr(e.value)
            self.visit_optional(e.lower)
            self.visit_optional(e.upper)
            self.visit_optional(e.step)
        elif isinstance(e, ast.ListExpr):
            self.visit_exprs(e.elts)
        elif isinstance(e, ast.TupleExpr):
            self.visit_exprs(e.elts)
        elif isinstance(e, ast.DictExpr):
            for key in e.keys:
                self.visit_optional(key)
            self.visit_exprs(e.values)
        elif isinstance(e, ast.IfExp):
            self.visit_expr(e.test)
            self.visit_expr(e.body)
            self.visit_expr(e.orelse)
        elif isinstance(e, ast.ListComp):
            self.visit_expr(e.iter)
            self.visit_function(e, COMPREHENSION_NAMES[e.kind], [".0"], e.body, None)
        elif isinstance(e, ast.SetExpr):
            self.visit_exprs(e.elts)
        elif isinstance(e, ast.Starred):
            self.visit_expr(e.value)
        elif isinstance(e, ast.NamedExpr):
            self.visit_expr(e.value)
            self.bind_named_expr_target(e.target.ident)
        elif isinstance(e, ast.Lambda):
            self.visit_defaults(e.fdef)
            self.visit_function(e, "<lambda>", e.fdef.all_params(), e.fdef.body, None)
        elif isinstance(e, ast.Yield):
            if self.scope.kind != SCOPE_FUNCTION:
                raise SyntaxErrorAt("'yield' outside function", e.line, e.col)
            self.scope.is_generator = True
            self.visit_optional(e.value)
        elif isinstance(e, ast.GeneratorExp):
            self.visit_expr(e.iter)
            self.visit_function(e, "<genexpr>", [".0"], e.body, None)
        elif isinstance(e, ast.JoinedStr):
            self.visit_exprs(e.values)
        elif isinstance(e, ast.FormattedValue):
            self.visit_expr(e.value)
            self.visit_optional(e.spec)


COMPREHENSION_NAMES = ["<listcomp>", "<setcomp>", "<dictcomp>"]
# Scopes the compiler creates for comprehensions and generator expressions.
IMPLICIT_FUNCTION_NAMES = COMPREHENSION_NAMES + ["<genexpr>"]


def resolve(scope, enclosing):
    """Decide the kind of every name of ``scope``; ``enclosing`` maps the
    names bound by enclosing functions to their scope."""
    for name in scope.order:
        if scope.kind == SCOPE_MODULE:
            if name in scope.globals:
                scope.kinds[name] = GLOBAL_EXPLICIT
            else:
                scope.kinds[name] = NAME
            continue
        if name in scope.globals:
            scope.kinds[name] = GLOBAL_EXPLICIT
        elif name in scope.nonlocals:
            if name not in enclosing:
                raise SyntaxErrorAt("no binding for nonlocal '%s' found" % name, 0, 0)
            capture(scope, name, enclosing[name])
        elif name in scope.bound and scope.kind == SCOPE_FUNCTION:
            if name not in scope.kinds:
                scope.kinds[name] = LOCAL
        elif name in scope.bound:
            scope.kinds[name] = NAME
        elif name in enclosing:
            capture(scope, name, enclosing[name])
        elif scope.kind == SCOPE_FUNCTION:
            scope.kinds[name] = GLOBAL_IMPLICIT
        else:
            scope.kinds[name] = NAME
    inner = {}
    for name in enclosing:
        inner[name] = enclosing[name]
    if scope.kind == SCOPE_FUNCTION:
        for name in scope.order:
            if (name in scope.bound or name in scope.nonlocals) and name not in scope.globals:
                if name in scope.nonlocals:
                    inner[name] = enclosing[name]
                else:
                    inner[name] = scope
    for child in scope.children:
        resolve(child, inner)


def capture(scope, name, owner):
    """``name`` is read in ``scope`` and bound in the function ``owner``."""
    owner.add_cell(name)
    s = scope
    while s is not None and s is not owner:
        s.add_free(name)
        s = s.parent


def build(module):
    table = SymbolTable()
    SymtableBuilder(table).visit_module(module)
    resolve(table.top, {})
    return table
