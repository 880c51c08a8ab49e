"""The compiler: astnodes -> bytecode.Code.

One ``CodeBuilder`` per code object (module, function, class body).  Names
are resolved statically by symtable.py: fast locals (LOAD_FAST), cells and
free variables of closures (LOAD_DEREF), globals (LOAD_GLOBAL) and, in
module and class bodies, dict lookups (LOAD_NAME).

Control flow that leaves a ``try`` or an ``except`` body early (return,
break, continue) is compiled by walking the builder's ``unwind`` stack:
finally bodies are inlined, handled exceptions popped, iterators dropped.
"""

import astnodes as ast
import bytecode as bc
import symtable
from symtable import LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT
from model import W_IntObject, W_FloatObject, newint, newfloat, w_None, w_True, w_False
from strobject import W_StrObject
from bytesobject import W_BytesObject
from listobject import W_TupleObject
from funcobject import W_CodeObject
from tokenizer import SyntaxErrorAt
from longobject import wrap_bigint
from rlib import rbigint

# CPython's optimiser folds int *, ** and << only up to this result size.
FOLD_MAX_INT_BITS = 128

UNWIND_WHILE = 0
UNWIND_FOR = 1
UNWIND_FINALLY = 2        # inside a try body with a finally clause
UNWIND_HANDLER = 3        # inside an except body
UNWIND_FINALLY_EXC = 4    # inside a finally body run for an exception
UNWIND_WITH = 5           # inside a with body (context manager on the stack)


class Unwind(object):
    """One entry of the builder's unwind stack."""

    def __init__(self, kind):
        self.kind = kind
        self.continue_target = 0
        self.break_jumps = []
        self.finalbody = []


class CodeBuilder(object):
    def __init__(self, name, filename, firstlineno, optimized, scope, table):
        self.code = bc.Code(name, filename, firstlineno)
        self.code.optimized = optimized
        self.line = firstlineno
        self.varname_index = {}
        self.name_index = {}
        self.scope = scope
        self.table = table
        self.unwind = []
        # Value-stack depth at statement level (iterators of enclosing for
        # loops, exceptions of enclosing finally handlers).
        self.depth = 0
        # Number of exceptions being handled by enclosing except bodies.
        self.exc_depth = 0
        self.in_function = optimized
        self.code.cellvars = scope.cellvars[:]
        self.code.freevars = scope.freevars[:]

    # ---- emission -------------------------------------------------------

    def emit(self, op, arg):
        self.code.code.append(op)
        self.code.code.append(arg)
        self.code.lines.append(self.line)
        return len(self.code.code) - 2

    def pos(self):
        return len(self.code.code)

    def patch(self, at, target):
        self.code.code[at + 1] = target

    def const(self, w_value):
        self.code.consts.append(w_value)
        return len(self.code.consts) - 1

    def load_const(self, w_value):
        self.emit(bc.LOAD_CONST, self.const(w_value))

    def name(self, ident):
        if ident in self.name_index:
            return self.name_index[ident]
        index = len(self.code.names)
        self.code.names.append(ident)
        self.code.names_w.append(W_StrObject(ident))
        self.name_index[ident] = index
        return index

    def varname(self, ident):
        if ident in self.varname_index:
            return self.varname_index[ident]
        index = len(self.code.varnames)
        self.code.varnames.append(ident)
        self.varname_index[ident] = index
        return index

    def error(self, msg, node):
        raise SyntaxErrorAt(msg, node.line, node.col)

    # ---- names ----------------------------------------------------------

    def load_name(self, ident):
        kind = self.scope.kind_of(ident)
        if kind == LOCAL:
            self.emit(bc.LOAD_FAST, self.varname(ident))
        elif kind == CELL or kind == FREE:
            self.emit(bc.LOAD_DEREF, self.scope.deref_index(ident))
        elif kind == GLOBAL_EXPLICIT or kind == GLOBAL_IMPLICIT:
            self.emit(bc.LOAD_GLOBAL, self.name(ident))
        else:
            self.emit(bc.LOAD_NAME, self.name(ident))

    def store_name(self, ident):
        kind = self.scope.kind_of(ident)
        if kind == LOCAL:
            self.emit(bc.STORE_FAST, self.varname(ident))
        elif kind == CELL or kind == FREE:
            self.emit(bc.STORE_DEREF, self.scope.deref_index(ident))
        elif kind == GLOBAL_EXPLICIT or kind == GLOBAL_IMPLICIT:
            self.emit(bc.STORE_GLOBAL, self.name(ident))
        else:
            self.emit(bc.STORE_NAME, self.name(ident))

    def delete_name(self, ident, node):
        kind = self.scope.kind_of(ident)
        if kind == LOCAL:
            self.emit(bc.DELETE_FAST, self.varname(ident))
        elif kind == CELL or kind == FREE:
            self.emit(bc.DELETE_DEREF, self.scope.deref_index(ident))
        elif kind == GLOBAL_EXPLICIT or kind == GLOBAL_IMPLICIT:
            self.emit(bc.DELETE_GLOBAL, self.name(ident))
        else:
            self.emit(bc.DELETE_NAME, self.name(ident))

    def child_qualname(self, name):
        """The qualified name of a function or class defined here."""
        if self.scope.kind == symtable.SCOPE_MODULE:
            return name
        if self.scope.kind == symtable.SCOPE_FUNCTION:
            return self.code.qualname + ".<locals>." + name
        return self.code.qualname + "." + name

    def make_function(self, code, scope, ndefaults):
        """Push a new function of ``code`` (defaults already pushed),
        passing it the cells of its free variables."""
        self.make_function_kw(code, scope, ndefaults, False)

    def make_function_kw(self, code, scope, ndefaults, has_kw_defaults):
        """MAKE_FUNCTION flags: 1 closure tuple on top, 2 dict of
        keyword-only defaults below it, ndefaults * 4."""
        nfree = len(scope.freevars)
        if nfree > 0:
            for ident in scope.freevars:
                self.emit(bc.LOAD_CLOSURE, self.scope.deref_index(ident))
            self.emit(bc.BUILD_TUPLE, nfree)
        self.load_const(W_CodeObject(code))
        flags = ndefaults * 4
        if nfree > 0:
            flags += 1
        if has_kw_defaults:
            flags += 2
        self.emit(bc.MAKE_FUNCTION, flags)

    # ---- statements -----------------------------------------------------

    def body(self, stmts):
        for stmt in stmts:
            self.stmt(stmt)

    def stmt(self, s):
        self.line = s.line
        if isinstance(s, ast.ExprStmt):
            self.expr(s.value)
            self.emit(bc.POP_TOP, 0)
        elif isinstance(s, ast.Assign):
            self.expr(s.value)
            i = 0
            while i < len(s.targets):
                if i < len(s.targets) - 1:
                    self.emit(bc.DUP_TOP, 0)
                self.store_target(s.targets[i])
                i += 1
        elif isinstance(s, ast.AugAssign):
            self.augassign(s)
        elif isinstance(s, ast.If):
            self.expr(s.test)
            jump_else = self.emit(bc.POP_JUMP_IF_FALSE, 0)
            self.body(s.body)
            if len(s.orelse) > 0:
                jump_end = self.emit(bc.JUMP, 0)
                self.patch(jump_else, self.pos())
                self.body(s.orelse)
                self.patch(jump_end, self.pos())
            else:
                self.patch(jump_else, self.pos())
        elif isinstance(s, ast.While):
            self.while_stmt(s)
        elif isinstance(s, ast.For):
            self.for_stmt(s)
        elif isinstance(s, ast.FunctionDef):
            self.funcdef(s)
        elif isinstance(s, ast.ClassDef):
            self.classdef(s)
        elif isinstance(s, ast.Return):
            if not self.in_function:
                self.error("'return' outside function", s)
            if s.value is None:
                self.load_const(w_None)
            else:
                self.expr(s.value)
            self.depth += 1
            self.unwind_for_return()
            self.depth -= 1
            self.emit(bc.RETURN_VALUE, 0)
        elif isinstance(s, ast.Pass):
            pass
        elif isinstance(s, ast.ComprehensionAdd):
            self.comprehension_add(s)
        elif isinstance(s, ast.Break):
            self.break_or_continue(s, True)
        elif isinstance(s, ast.Continue):
            self.break_or_continue(s, False)
        elif isinstance(s, ast.Raise):
            if s.exc is None:
                self.emit(bc.RAISE, 0)
            elif s.cause is None:
                self.expr(s.exc)
                self.emit(bc.RAISE, 1)
            else:
                self.expr(s.exc)
                self.expr(s.cause)
                self.emit(bc.RAISE, 2)
        elif isinstance(s, ast.Try):
            self.try_stmt(s)
        elif isinstance(s, ast.With):
            self.with_stmt(s)
        elif isinstance(s, ast.Import):
            i = 0
            while i < len(s.names):
                self.emit(bc.IMPORT_NAME, self.name(s.names[i]))
                if s.asnames[i] != "":
                    self.store_name(s.asnames[i])
                else:
                    self.store_name(s.names[i])
                i += 1
        elif isinstance(s, ast.ImportFrom):
            self.emit(bc.IMPORT_NAME, self.name(s.module))
            i = 0
            while i < len(s.names):
                self.emit(bc.IMPORT_FROM, self.name(s.names[i]))
                if s.asnames[i] != "":
                    self.store_name(s.asnames[i])
                else:
                    self.store_name(s.names[i])
                i += 1
            self.emit(bc.POP_TOP, 0)
        elif isinstance(s, ast.Global):
            pass
        elif isinstance(s, ast.Delete):
            for target in s.targets:
                self.delete_target(target)
        elif isinstance(s, ast.Assert):
            self.expr(s.test)
            jump = self.emit(bc.POP_JUMP_IF_TRUE, 0)
            if s.msg is None:
                self.emit(bc.ASSERT_FAIL, 0)
            else:
                self.expr(s.msg)
                self.emit(bc.ASSERT_FAIL, 1)
            self.patch(jump, self.pos())
        else:
            self.error("statement not supported yet", s)

    def store_target(self, target):
        if isinstance(target, ast.Name):
            self.store_name(target.ident)
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
            self.emit(bc.STORE_ATTR, self.name(target.attr))
        elif isinstance(target, ast.Subscript):
            self.expr(target.value)
            self.expr(target.index)
            self.emit(bc.STORE_SUBSCR, 0)
        elif isinstance(target, ast.Slice):
            self.slice_value(target)
            self.emit(bc.STORE_SUBSCR, 0)
        elif isinstance(target, ast.TupleExpr):
            self.unpack(target.elts)
        elif isinstance(target, ast.ListExpr):
            self.unpack(target.elts)
        else:
            self.error("cannot assign to this target yet", target)

    def slice_value(self, target):
        """Push the sliced object and a slice object for ``target``."""
        self.expr(target.value)
        self.optional(target.lower)
        self.optional(target.upper)
        self.optional(target.step)
        self.line = target.line
        self.emit(bc.BUILD_SLICE, 0)

    def unpack(self, elts):
        star = -1
        i = 0
        while i < len(elts):
            if isinstance(elts[i], ast.Starred):
                if star >= 0:
                    self.error("multiple starred expressions in assignment", elts[i])
                star = i
            i += 1
        if star < 0:
            self.emit(bc.UNPACK_SEQUENCE, len(elts))
        else:
            self.emit(bc.UNPACK_EX, star * 256 + (len(elts) - star - 1))
        for elt in elts:
            if isinstance(elt, ast.Starred):
                self.store_target(elt.value)
            else:
                self.store_target(elt)

    def has_starred(self, elts):
        for elt in elts:
            if isinstance(elt, ast.Starred):
                return True
        return False

    def build_with_starred(self, elts):
        """A list display with ``*iterable`` items: start empty, append or
        extend item by item."""
        self.emit(bc.BUILD_LIST, 0)
        for elt in elts:
            if isinstance(elt, ast.Starred):
                self.expr(elt.value)
                self.emit(bc.LIST_EXTEND, 0)
            else:
                self.expr(elt)
                self.emit(bc.LIST_APPEND, 1)

    def delete_target(self, target):
        if isinstance(target, ast.Name):
            self.delete_name(target.ident, target)
        elif isinstance(target, ast.Subscript):
            self.expr(target.value)
            self.expr(target.index)
            self.emit(bc.DELETE_SUBSCR, 0)
        elif isinstance(target, ast.Slice):
            self.slice_value(target)
            self.emit(bc.DELETE_SUBSCR, 0)
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
            self.emit(bc.DELETE_ATTR, self.name(target.attr))
        elif isinstance(target, ast.TupleExpr):
            for elt in target.elts:
                self.delete_target(elt)
        else:
            self.error("cannot delete this target yet", target)

    def augassign(self, s):
        target = s.target
        if isinstance(target, ast.Name):
            self.load_name(target.ident)
            self.expr(s.value)
            self.emit(bc.INPLACE_OP, s.op)
            self.store_name(target.ident)
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
            self.emit(bc.DUP_TOP, 0)
            self.emit(bc.LOAD_ATTR, self.name(target.attr))
            self.expr(s.value)
            self.emit(bc.INPLACE_OP, s.op)
            self.emit(bc.ROT_TWO, 0)
            self.emit(bc.STORE_ATTR, self.name(target.attr))
        elif isinstance(target, ast.Subscript):
            self.expr(target.value)
            self.expr(target.index)
            self.emit(bc.DUP_TOP_TWO, 0)
            self.emit(bc.BINARY_SUBSCR, 0)
            self.expr(s.value)
            self.emit(bc.INPLACE_OP, s.op)
            self.emit(bc.ROT_THREE, 0)
            self.emit(bc.STORE_SUBSCR, 0)
        else:
            self.error("illegal expression for augmented assignment", target)

    def while_stmt(self, s):
        top = self.pos()
        self.expr(s.test)
        jump_exit = self.emit(bc.POP_JUMP_IF_FALSE, 0)
        loop = Unwind(UNWIND_WHILE)
        loop.continue_target = top
        self.unwind.append(loop)
        self.body(s.body)
        self.unwind.pop()
        self.emit(bc.JUMP, top)
        self.patch(jump_exit, self.pos())
        self.body(s.orelse)
        for at in loop.break_jumps:
            self.patch(at, self.pos())

    def for_stmt(self, s):
        self.iterated_expr(s.iter)
        self.emit(bc.GET_ITER, 0)
        top = self.pos()
        self.line = s.line
        jump_exit = self.emit(bc.FOR_ITER, 0)
        loop = Unwind(UNWIND_FOR)
        loop.continue_target = top
        self.unwind.append(loop)
        self.depth += 1
        self.store_target(s.target)
        self.body(s.body)
        self.depth -= 1
        self.unwind.pop()
        self.emit(bc.JUMP, top)
        # FOR_ITER pops the exhausted iterator before jumping here.
        self.patch(jump_exit, self.pos())
        self.body(s.orelse)
        for at in loop.break_jumps:
            self.patch(at, self.pos())

    def break_or_continue(self, s, is_break):
        """Leave enclosing try/except bodies up to the innermost loop."""
        i = len(self.unwind) - 1
        saved = self.unwind
        saved_depth = self.depth
        saved_exc = self.exc_depth
        while i >= 0:
            entry = saved[i]
            if entry.kind == UNWIND_WHILE or entry.kind == UNWIND_FOR:
                if is_break:
                    if entry.kind == UNWIND_FOR:
                        self.emit(bc.POP_TOP, 0)
                    entry.break_jumps.append(self.emit(bc.JUMP, 0))
                else:
                    self.emit(bc.JUMP, entry.continue_target)
                self.unwind = saved
                self.depth = saved_depth
                self.exc_depth = saved_exc
                return
            self.unwind_one(entry, i)
            i -= 1
        self.unwind = saved
        if is_break:
            self.error("'break' outside loop", s)
        self.error("'continue' not properly in loop", s)

    def unwind_for_return(self):
        saved = self.unwind
        saved_depth = self.depth
        saved_exc = self.exc_depth
        i = len(saved) - 1
        while i >= 0:
            entry = saved[i]
            if entry.kind == UNWIND_FINALLY:
                self.unwind_one(entry, i)
            elif entry.kind == UNWIND_WITH:
                # The return value is on top of the context manager.
                self.emit(bc.ROT_TWO, 0)
                self.emit(bc.WITH_EXIT, 0)
            elif entry.kind == UNWIND_FOR:
                # Drop the loop's iterator from under the return value, so
                # that an enclosing with finds its context manager.
                self.emit(bc.ROT_TWO, 0)
                self.emit(bc.POP_TOP, 0)
            i -= 1
        self.unwind = saved
        self.depth = saved_depth
        self.exc_depth = saved_exc

    def unwind_one(self, entry, i):
        """Emit the code leaving one unwind entry early.  Finally bodies
        are compiled with the unwind stack cut below their own entry."""
        if entry.kind == UNWIND_FINALLY:
            current = self.unwind
            self.unwind = current[:i]
            self.body(entry.finalbody)
            self.unwind = current
        elif entry.kind == UNWIND_HANDLER:
            self.emit(bc.POP_EXCEPT, 0)
            self.exc_depth -= 1
        elif entry.kind == UNWIND_WITH:
            self.emit(bc.WITH_EXIT, 0)
            self.depth -= 1
        elif entry.kind == UNWIND_FINALLY_EXC:
            self.emit(bc.POP_EXCEPT, 0)
            self.emit(bc.POP_TOP, 0)
            self.exc_depth -= 1
            self.depth -= 1

    def add_exc_entry(self, start, end, handler):
        table = self.code.exc_table
        table.append(start)
        table.append(end)
        table.append(handler)
        table.append(self.depth)
        table.append(self.exc_depth)

    def try_stmt(self, s):
        if len(s.finalbody) == 0:
            self.try_except(s)
            return
        fin = Unwind(UNWIND_FINALLY)
        fin.finalbody = s.finalbody
        start = self.pos()
        self.unwind.append(fin)
        if len(s.handlers) > 0:
            self.try_except(s)
        else:
            self.body(s.body)
        self.unwind.pop()
        end = self.pos()
        # Normal exit: run the finally body inline.
        self.body(s.finalbody)
        jump_end = self.emit(bc.JUMP, 0)
        # Exceptional exit: the handler finds the exception on the stack.
        handler = self.pos()
        self.add_exc_entry(start, end, handler)
        self.exc_depth += 1
        self.depth += 1
        self.unwind.append(Unwind(UNWIND_FINALLY_EXC))
        self.body(s.finalbody)
        self.unwind.pop()
        self.depth -= 1
        self.exc_depth -= 1
        self.emit(bc.RERAISE, 0)
        self.patch(jump_end, self.pos())

    def with_stmt(self, s):
        self.expr(s.context)
        self.line = s.line
        self.emit(bc.WITH_ENTER, 0)
        if s.target is not None:
            self.store_target(s.target)
        else:
            self.emit(bc.POP_TOP, 0)
        self.depth += 1
        start = self.pos()
        self.unwind.append(Unwind(UNWIND_WITH))
        self.body(s.body)
        self.unwind.pop()
        end = self.pos()
        self.line = s.line
        self.emit(bc.WITH_EXIT, 0)
        jump_end = self.emit(bc.JUMP, 0)
        handler = self.pos()
        self.add_exc_entry(start, end, handler)
        self.emit(bc.WITH_EXCEPT, 0)
        jump_suppress = self.emit(bc.POP_JUMP_IF_TRUE, 0)
        self.emit(bc.RERAISE, 0)
        self.patch(jump_suppress, self.pos())
        self.emit(bc.POP_TOP, 0)
        self.emit(bc.POP_TOP, 0)
        self.emit(bc.POP_EXCEPT, 0)
        self.depth -= 1
        self.patch(jump_end, self.pos())

    def try_except(self, s):
        start = self.pos()
        self.body(s.body)
        end = self.pos()
        jump_else = self.emit(bc.JUMP, 0)
        handler = self.pos()
        self.add_exc_entry(start, end, handler)
        end_jumps = []
        self.exc_depth += 1
        for h in s.handlers:
            self.line = h.line
            next_jump = -1
            if h.type is not None:
                self.expr(h.type)
                self.emit(bc.EXC_MATCH, 0)
                next_jump = self.emit(bc.POP_JUMP_IF_FALSE, 0)
            if h.name is not None:
                self.store_name(h.name)
            else:
                self.emit(bc.POP_TOP, 0)
            self.unwind.append(Unwind(UNWIND_HANDLER))
            self.body(h.body)
            self.unwind.pop()
            self.emit(bc.POP_EXCEPT, 0)
            end_jumps.append(self.emit(bc.JUMP, 0))
            if next_jump >= 0:
                self.patch(next_jump, self.pos())
        self.exc_depth -= 1
        # No handler matched: re-raise with the original traceback.
        self.emit(bc.RERAISE, 0)
        self.patch(jump_else, self.pos())
        self.body(s.orelse)
        for at in end_jumps:
            self.patch(at, self.pos())

    def funcdef(self, s):
        for decorator in s.decorators:
            self.expr(decorator)
        self.function_value(s, s, s.name)
        self.apply_decorators(len(s.decorators), s)
        self.store_name(s.name)

    def function_value(self, s, scope_node, name):
        """Push the function object of the def (or lambda) ``s``: its
        defaults, keyword-only defaults and code."""
        for default in s.defaults:
            self.expr(default)
        has_kw_defaults = False
        for kw_default in s.kw_defaults:
            if kw_default is not None:
                has_kw_defaults = True
        if has_kw_defaults:
            self.emit(bc.BUILD_DICT, 0)
            i = 0
            while i < len(s.kwonly):
                kw_default = s.kw_defaults[i]
                if kw_default is not None:
                    self.load_const(W_StrObject(s.kwonly[i]))
                    self.expr(kw_default)
                    self.emit(bc.DICT_SET, 0)
                i += 1
        scope = self.table.scope_of(scope_node)
        code = compile_function(s, s.body, scope, self.table, self.code.filename, self.child_qualname(name))
        self.make_function_kw(code, scope, len(s.defaults), has_kw_defaults)

    def apply_decorators(self, n, s):
        """The decorators were pushed before the function: call them,
        innermost first."""
        self.line = s.line
        i = 0
        while i < n:
            self.emit(bc.CALL_FUNCTION, 1)
            i += 1

    def classdef(self, s):
        for decorator in s.decorators:
            self.expr(decorator)
        scope = self.table.scope_of(s)
        builder = CodeBuilder(s.name, self.code.filename, s.line, False, scope, self.table)
        builder.code.qualname = self.child_qualname(s.name)
        builder.body(s.body)
        builder.load_const(w_None)
        builder.emit(bc.RETURN_VALUE, 0)
        self.line = s.line
        self.make_function(builder.code, scope, 0)
        for base in s.bases:
            self.expr(base)
        self.emit(bc.BUILD_TUPLE, len(s.bases))
        self.emit(bc.BUILD_CLASS, self.name(s.name))
        self.apply_decorators(len(s.decorators), s)
        self.store_name(s.name)

    # ---- expressions ----------------------------------------------------

    def iterated_expr(self, e):
        """The iterable of a for loop or comprehension: CPython turns a set
        literal of constants there into a frozenset constant, whose
        iteration order differs from a set's."""
        if isinstance(e, ast.SetExpr) and self.all_foldable_constants(e.elts):
            for elt in e.elts:
                self.expr(elt)
            self.emit(bc.BUILD_CONST_FROZENSET, len(e.elts))
        else:
            self.expr(e)

    def all_foldable_constants(self, elts):
        for elt in elts:
            if not self.is_foldable_constant(elt):
                return False
        return True

    def is_foldable_constant(self, e):
        """Whether CPython's AST optimiser turns ``e`` into a constant
        (literals, unary operators on them, tuples of them; binary
        operators are left out as CPython folds them only within size
        limits)."""
        if isinstance(e, ast.IntLit) or isinstance(e, ast.BigIntLit) or \
                isinstance(e, ast.FloatLit) or isinstance(e, ast.StrLit) or \
                isinstance(e, ast.BytesLit):
            return True
        if isinstance(e, ast.NameConst):
            return e.kind != ast.CONST_ELLIPSIS
        if isinstance(e, ast.UnaryOp):
            return self.is_foldable_constant(e.operand)
        if isinstance(e, ast.BinOp):
            return self.folded_int(e) is not None
        if isinstance(e, ast.TupleExpr):
            if self.has_starred(e.elts):
                return False
            return self.all_foldable_constants(e.elts)
        return False

    def folded_int(self, e):
        """The value of an int-only constant expression that CPython's
        optimiser folds, or None (not an int constant, or an operation this
        check does not model: those count as not folded).  CPython refuses
        to fold ``*``, ``**`` and ``<<`` whose result could exceed 128
        bits, and operations that raise."""
        if isinstance(e, ast.IntLit):
            return rbigint.fromint(e.value)
        if isinstance(e, ast.BigIntLit):
            return rbigint.fromstr(e.digits, e.base)
        if isinstance(e, ast.UnaryOp):
            operand = self.folded_int(e.operand)
            if operand is None:
                return None
            if e.op == ast.UNARY_NEG:
                return operand.neg()
            if e.op == ast.UNARY_POS:
                return operand
            if e.op == ast.UNARY_INVERT:
                return operand.neg().sub(rbigint.fromint(1))
            return None
        if not isinstance(e, ast.BinOp):
            return None
        left = self.folded_int(e.left)
        if left is None:
            return None
        right = self.folded_int(e.right)
        if right is None:
            return None
        if e.op == bc.OP_ADD:
            return left.add(right)
        if e.op == bc.OP_SUB:
            return left.sub(right)
        if e.op == bc.OP_MUL:
            if not left.is_zero() and not right.is_zero() and \
                    left.bit_length() + right.bit_length() > FOLD_MAX_INT_BITS:
                return None
            return left.mul(right)
        if e.op == bc.OP_LSHIFT:
            if right.sign < 0:
                return None
            if left.is_zero() or right.is_zero():
                return left
            if right.bit_length() > 16:
                return None
            shift = right.toint()
            if shift > FOLD_MAX_INT_BITS or left.bit_length() > FOLD_MAX_INT_BITS - shift:
                return None
            return left.lshift(shift)
        if e.op == bc.OP_POW:
            if right.sign < 0:
                return None    # a float result: not modelled
            if right.is_zero():
                return rbigint.fromint(1)
            if left.is_zero():
                return left
            if right.bit_length() > 16:
                return None
            exponent = right.toint()
            if left.bit_length() > FOLD_MAX_INT_BITS // exponent:
                return None
            return left.pow(exponent)
        return None

    def expr(self, e):
        if isinstance(e, ast.IntLit):
            self.load_const(newint(e.value))
        elif isinstance(e, ast.BigIntLit):
            self.load_const(wrap_bigint(rbigint.fromstr(e.digits, e.base)))
        elif isinstance(e, ast.FloatLit):
            self.load_const(newfloat(e.value))
        elif isinstance(e, ast.StrLit):
            self.load_const(W_StrObject(e.value))
        elif isinstance(e, ast.BytesLit):
            self.load_const(W_BytesObject(e.value))
        elif isinstance(e, ast.NameConst):
            if e.kind == ast.CONST_TRUE:
                self.load_const(w_True)
            elif e.kind == ast.CONST_FALSE:
                self.load_const(w_False)
            elif e.kind == ast.CONST_NONE:
                self.load_const(w_None)
            else:
                self.error("'...' is not supported yet", e)
        elif isinstance(e, ast.Name):
            self.load_name(e.ident)
        elif isinstance(e, ast.BinOp):
            self.expr(e.left)
            self.expr(e.right)
            self.line = e.line
            self.emit(bc.BINARY_OP, e.op)
        elif isinstance(e, ast.UnaryOp):
            self.expr(e.operand)
            if e.op == ast.UNARY_NEG:
                self.emit(bc.UNARY_NEGATIVE, 0)
            elif e.op == ast.UNARY_POS:
                self.emit(bc.UNARY_POSITIVE, 0)
            elif e.op == ast.UNARY_NOT:
                self.emit(bc.UNARY_NOT, 0)
            else:
                self.emit(bc.UNARY_INVERT, 0)
        elif isinstance(e, ast.BoolOp):
            jumps = []
            i = 0
            while i < len(e.values):
                self.expr(e.values[i])
                if i < len(e.values) - 1:
                    if e.is_and:
                        jumps.append(self.emit(bc.JUMP_IF_FALSE_OR_POP, 0))
                    else:
                        jumps.append(self.emit(bc.JUMP_IF_TRUE_OR_POP, 0))
                i += 1
            for at in jumps:
                self.patch(at, self.pos())
        elif isinstance(e, ast.Compare):
            self.compare(e)
        elif isinstance(e, ast.Call):
            self.call(e)
        elif isinstance(e, ast.Attribute):
            self.expr(e.value)
            self.line = e.line
            self.emit(bc.LOAD_ATTR, self.name(e.attr))
        elif isinstance(e, ast.Subscript):
            self.expr(e.value)
            self.expr(e.index)
            self.line = e.line
            self.emit(bc.BINARY_SUBSCR, 0)
        elif isinstance(e, ast.Slice):
            self.expr(e.value)
            self.optional(e.lower)
            self.optional(e.upper)
            self.optional(e.step)
            self.line = e.line
            self.emit(bc.BINARY_SLICE, 0)
        elif isinstance(e, ast.ListExpr):
            if self.has_starred(e.elts):
                self.build_with_starred(e.elts)
                return
            for elt in e.elts:
                self.expr(elt)
            self.emit(bc.BUILD_LIST, len(e.elts))
        elif isinstance(e, ast.TupleExpr):
            if self.has_starred(e.elts):
                self.build_with_starred(e.elts)
                self.emit(bc.LIST_TO_TUPLE, 0)
                return
            for elt in e.elts:
                self.expr(elt)
            self.emit(bc.BUILD_TUPLE, len(e.elts))
        elif isinstance(e, ast.Starred):
            self.error("can't use starred expression here", e)
        elif isinstance(e, ast.SetExpr):
            for elt in e.elts:
                self.expr(elt)
            if len(e.elts) >= 3 and self.all_foldable_constants(e.elts):
                self.emit(bc.BUILD_CONST_SET, len(e.elts))
            else:
                self.emit(bc.BUILD_SET, len(e.elts))
        elif isinstance(e, ast.DictExpr):
            self.emit(bc.BUILD_DICT, 0)
            i = 0
            while i < len(e.keys):
                key = e.keys[i]
                if key is None:
                    self.expr(e.values[i])
                    self.emit(bc.DICT_UPDATE, 0)
                else:
                    self.expr(key)
                    self.expr(e.values[i])
                    self.emit(bc.DICT_SET, 0)
                i += 1
        elif isinstance(e, ast.IfExp):
            self.expr(e.test)
            jump_else = self.emit(bc.POP_JUMP_IF_FALSE, 0)
            self.expr(e.body)
            jump_end = self.emit(bc.JUMP, 0)
            self.patch(jump_else, self.pos())
            self.expr(e.orelse)
            self.patch(jump_end, self.pos())
        elif isinstance(e, ast.ListComp):
            self.comprehension_call(e, e.body, symtable.COMPREHENSION_NAMES[e.kind], e.iter)
        elif isinstance(e, ast.Yield):
            self.yield_expr(e)
        elif isinstance(e, ast.NamedExpr):
            self.expr(e.value)
            self.emit(bc.DUP_TOP, 0)
            self.store_name(e.target.ident)
        elif isinstance(e, ast.GeneratorExp):
            self.comprehension_call(e, e.body, "<genexpr>", e.iter)
        elif isinstance(e, ast.Lambda):
            self.function_value(e.fdef, e, "<lambda>")
        elif isinstance(e, ast.JoinedStr):
            for part in e.values:
                self.expr(part)
            self.emit(bc.BUILD_STRING, len(e.values))
        elif isinstance(e, ast.FormattedValue):
            self.expr(e.value)
            flags = e.conversion
            if e.spec is not None:
                self.expr(e.spec)
                flags |= bc.FORMAT_HAS_SPEC
            self.emit(bc.FORMAT_VALUE, flags)
        else:
            self.error("expression not supported yet", e)

    def optional(self, e):
        if e is None:
            self.load_const(w_None)
        else:
            self.expr(e)

    def compare(self, e):
        self.expr(e.left)
        n = len(e.ops)
        if n == 1:
            self.expr(e.comparators[0])
            self.line = e.line
            self.emit(bc.COMPARE_OP, e.ops[0])
            return
        cleanup = []
        i = 0
        while i < n - 1:
            self.expr(e.comparators[i])
            self.emit(bc.DUP_TOP, 0)
            self.emit(bc.ROT_THREE, 0)
            self.emit(bc.COMPARE_OP, e.ops[i])
            cleanup.append(self.emit(bc.JUMP_IF_FALSE_OR_POP, 0))
            i += 1
        self.expr(e.comparators[n - 1])
        self.emit(bc.COMPARE_OP, e.ops[n - 1])
        jump_end = self.emit(bc.JUMP, 0)
        for at in cleanup:
            self.patch(at, self.pos())
        self.emit(bc.ROT_TWO, 0)
        self.emit(bc.POP_TOP, 0)
        self.patch(jump_end, self.pos())

    def call(self, e):
        if self.has_starred(e.args) or len(e.kwargs_args) > 0:
            self.call_ex(e)
            return
        nargs = len(e.args)
        func = e.func
        if isinstance(func, ast.Attribute) and len(e.keywords) == 0 and nargs < 256:
            self.expr(func.value)
            for arg in e.args:
                self.expr(arg)
            self.line = e.line
            self.emit(bc.CALL_METHOD, self.name(func.attr) * 256 + nargs)
            return
        self.expr(func)
        for arg in e.args:
            self.expr(arg)
        if len(e.keywords) == 0:
            self.line = e.line
            self.emit(bc.CALL_FUNCTION, nargs)
            return
        for value in e.keyword_values:
            self.expr(value)
        names_w = []
        for kw in e.keywords:
            names_w.append(W_StrObject(kw))
        self.load_const(W_TupleObject(names_w))
        self.line = e.line
        self.emit(bc.CALL_FUNCTION_KW, nargs + len(e.keywords))

    def yield_expr(self, e):
        if not e.is_from:
            self.optional(e.value)
            self.line = e.line
            self.emit(bc.YIELD_VALUE, 0)
            return
        # ``yield from it``: the value is the sub-iterator's return value.
        self.expr(e.value)
        self.emit(bc.GET_ITER, 0)
        self.load_const(w_None)
        top = self.pos()
        self.line = e.line
        jump_exit = self.emit(bc.YIELD_FROM, 0)
        self.emit(bc.JUMP, top)
        self.patch(jump_exit, self.pos())

    def call_ex(self, e):
        """A call with ``*args`` or ``**kwargs``: the positional arguments
        are collected in a list, the keyword arguments in a dict."""
        self.expr(e.func)
        self.emit(bc.BUILD_LIST, 0)
        for arg in e.args:
            if isinstance(arg, ast.Starred):
                self.expr(arg.value)
                self.emit(bc.LIST_EXTEND, 0)
            else:
                self.expr(arg)
                self.emit(bc.LIST_APPEND, 1)
        self.emit(bc.BUILD_DICT, 0)
        i = 0
        while i < len(e.keywords):
            self.load_const(W_StrObject(e.keywords[i]))
            self.expr(e.keyword_values[i])
            self.emit(bc.DICT_SET, 0)
            i += 1
        for w_mapping in e.kwargs_args:
            self.expr(w_mapping)
            self.emit(bc.DICT_MERGE, 0)
        self.line = e.line
        self.emit(bc.CALL_FUNCTION_EX, 0)

    def comprehension_add(self, s):
        self.load_name(".result")
        self.expr(s.elt)
        if s.kind == ast.COMP_LIST:
            self.emit(bc.LIST_APPEND, 1)
        elif s.kind == ast.COMP_SET:
            self.emit(bc.SET_ADD, 1)
        else:
            self.expr(s.value)
            self.emit(bc.MAP_ADD, 1)
        self.emit(bc.POP_TOP, 0)

    def comprehension_call(self, e, body, name, iterable):
        """A comprehension or generator expression: a function of the
        iterator of its first iterable, called at once."""
        scope = self.table.scope_of(e)
        fdef = ast.FunctionDef(e.line, e.col, name, [".0"], [], body)
        self.make_function(compile_function(fdef, body, scope, self.table, self.code.filename,
                                            self.child_qualname(name)), scope, 0)
        self.iterated_expr(iterable)
        self.emit(bc.GET_ITER, 0)
        self.line = e.line
        self.emit(bc.CALL_FUNCTION, 1)


def compile_function(s, body, scope, table, filename, qualname):
    """Compile a function (or lambda, whose body is a return statement)."""
    builder = CodeBuilder(s.name, filename, s.line, True, scope, table)
    builder.code.qualname = qualname
    params = s.all_params()
    for ident in params:
        builder.varname(ident)
    code = builder.code
    code.argcount = len(s.args)
    code.posonlycount = s.posonly
    code.kwonlycount = len(s.kwonly)
    code.is_generator = scope.is_generator
    if s.vararg != "":
        code.vararg_index = len(s.args) + len(s.kwonly)
    if s.kwarg != "":
        code.kwarg_index = len(params) - 1
    for ident in code.cellvars:
        index = -1
        i = 0
        while i < len(params):
            if params[i] == ident:
                index = i
            i += 1
        code.cell_args.append(index)
    builder.body(body)
    builder.load_const(w_None)
    builder.emit(bc.RETURN_VALUE, 0)
    return code


def compile_module(module, name, filename):
    table = symtable.build(module)
    builder = CodeBuilder(name, filename, 1, False, table.top, table)
    builder.body(module.body)
    builder.load_const(w_None)
    builder.emit(bc.RETURN_VALUE, 0)
    return builder.code
