"""Frames and the bytecode dispatch loop.

A ``Frame`` executes one code object: fast locals in ``locals_w``, a value
stack, the program counter, and the stack of exceptions being handled by
``except`` bodies (for bare ``raise``).  ``run`` is the interpreter's main
loop: ``jitdriver`` declares the code object and the pc as green (they
identify a position in the interpreted program), the frame as red.
Exceptions are dispatched through the code's exception table.
"""

from rlib.jit import JitDriver

import bytecode as bc
from error import OperationError
from model import W_NoneObject, W_IntObject, w_None, newint, newbool
from strobject import W_StrObject
from listobject import W_ListObject, W_TupleObject
from dictobject import W_DictObject
from typeobject import W_TypeObject, W_InstanceObject
from sliceobject import W_SliceObject
from iterobject import W_GeneratorObject
from funcobject import (W_FunctionObject, W_CodeObject, W_ModuleObject, W_CellObject,
                        Arguments)
from setobject import W_SetObject
import setobject
import formatting
import importing
import builtin_methods

jitdriver = JitDriver(greens=["pc", "code"], reds=["frame"])


def truncate(stack_w, length):
    """Shorten ``stack_w`` to ``length`` items (``del lst[length:]`` is
    outside the dialect)."""
    while len(stack_w) > length:
        stack_w.pop()


def truncate_handled(handled, length):
    while len(handled) > length:
        handled.pop()


class Frame(object):
    def __init__(self, space, code, w_globals, w_locals):
        self.space = space
        self.code = code
        self.w_globals = w_globals
        # The namespace dict of a class body; None for functions and modules
        # (modules store their names in the globals).
        self.w_locals = w_locals
        self.locals_w = [None] * len(code.varnames)
        # Cells of the cellvars, then of the freevars (see init_cells).
        self.cells = []
        self.stack = []
        self.handled = []
        # The class defining the running function (for ``super()``).
        self.w_class = None
        # Where run() starts: 0, or after the last yield of a generator.
        self.pc = 0
        # Whether the last run() ended with a yield (not a return).
        self.yielded = False
        # An exception to raise at the suspended yield (generator.throw).
        self.pending = None
        # The pc of the instruction being executed (for exception handling).
        self.last_pc = 0

    def init_cells(self, closure):
        """Create the cells of the captured locals (initialised from the
        arguments) and append the closure's cells."""
        code = self.code
        i = 0
        while i < len(code.cellvars):
            arg = code.cell_args[i]
            w_initial = None
            if arg >= 0:
                w_initial = self.locals_w[arg]
            self.cells.append(W_CellObject(w_initial))
            i += 1
        for cell in closure:
            self.cells.append(cell)

    def push(self, w_value):
        self.stack.append(w_value)

    def pop(self):
        return self.stack.pop()

    def top(self):
        return self.stack[len(self.stack) - 1]

    def popn(self, n):
        """The top ``n`` values, deepest first, removed from the stack."""
        start = len(self.stack) - n
        values_w = self.stack[start:]
        truncate(self.stack, start)
        return values_w

    def run(self):
        """Run (or resume) the frame until it returns or yields; returns
        the value.  After a yield ``self.pc`` is where to resume."""
        code = self.code
        pc = self.pc
        self.yielded = False
        if self.pending is not None:
            # generator.throw(): the exception appears at the yield.
            e = self.pending
            self.pending = None
            self.stack.pop()
            if code.code[pc - 2] == bc.YIELD_FROM and isinstance(self.top(), W_GeneratorObject):
                pc = self.throw_into_delegate(code, pc, e)
                if pc < 0:
                    self.yielded = True
                    return self.pop()
            else:
                pc = self.handle_error(code, pc - 2, e)
        while True:
            jitdriver.jit_merge_point(pc=pc, code=code, frame=self)
            try:
                pc = self.execute(code, pc)
            except OperationError as e:
                pc = self.handle_error(code, self.last_pc, e)
            if pc < 0:
                return self.pop()

    def throw_into_delegate(self, code, pc, e):
        """``throw()`` into a generator suspended in ``yield from``: the
        exception goes to the sub-generator first.  Returns -1 if that
        yields (the value is on the stack), else where to continue."""
        space = self.space
        w_sub = self.top()
        assert isinstance(w_sub, W_GeneratorObject)
        try:
            w_value = space.generator_throw(w_sub, e)
        except OperationError as sub_error:
            return self.handle_error(code, pc - 2, sub_error)
        if w_value is not None:
            self.push(w_value)
            return -1
        # The sub-generator returned: its value is the yield from's.
        self.pop()
        self.push(space.return_value_of(w_sub))
        return code.code[pc - 1]

    def handle_error(self, code, pc, e):
        """Jump to the handler covering ``pc`` or re-raise ``e``."""
        table = code.exc_table
        lineno = code.lines[pc // 2]
        e.add_traceback(self, code.filename, lineno, code.name)
        n = len(self.handled)
        if e.context is None and n > 0 and self.handled[n - 1] is not e:
            # Raised while handling another exception: chain them.
            e.context = self.handled[n - 1]
        i = 0
        while i < len(table):
            if table[i] <= pc < table[i + 1]:
                depth = table[i + 3]
                exc_depth = table[i + 4]
                truncate(self.stack, depth)
                truncate_handled(self.handled, exc_depth)
                expose_chain(e)
                self.push(e.w_value)
                self.handled.append(e)
                return table[i + 2]
            i += bc.EXC_ENTRY_SIZE
        raise e

    def execute(self, code, pc):
        """Execute instructions from ``pc``; returns at a backward jump
        (with the new pc) or at ``RETURN_VALUE`` (with -1, the result on
        the stack)."""
        space = self.space
        instrs = code.code
        while True:
            self.last_pc = pc
            op = instrs[pc]
            arg = instrs[pc + 1]
            next_pc = pc + 2
            if op == bc.LOAD_FAST:
                w_value = self.locals_w[arg]
                if w_value is None:
                    raise space.error(space.w_UnboundLocalError,
                                      "cannot access local variable '%s' where it is not associated with a value"
                                      % code.varnames[arg])
                self.push(w_value)
            elif op == bc.LOAD_CONST:
                self.push(code.consts[arg])
            elif op == bc.STORE_FAST:
                self.locals_w[arg] = self.pop()
            elif op == bc.BINARY_OP:
                w_b = self.pop()
                w_a = self.pop()
                self.push(space.binary_op(arg, w_a, w_b))
            elif op == bc.INPLACE_OP:
                w_b = self.pop()
                w_a = self.pop()
                self.push(space.inplace_op(arg, w_a, w_b))
            elif op == bc.COMPARE_OP:
                w_b = self.pop()
                w_a = self.pop()
                self.push(space.compare(arg, w_a, w_b))
            elif op == bc.POP_JUMP_IF_FALSE:
                if not space.is_true(self.pop()):
                    next_pc = arg
            elif op == bc.POP_JUMP_IF_TRUE:
                if space.is_true(self.pop()):
                    next_pc = arg
            elif op == bc.JUMP:
                next_pc = arg
                if arg < pc:
                    jitdriver.can_enter_jit(pc=arg, code=code, frame=self)
                    return arg
            elif op == bc.FOR_ITER:
                w_item = space.next(self.top())
                if w_item is None:
                    self.pop()
                    next_pc = arg
                else:
                    self.push(w_item)
            elif op == bc.LOAD_GLOBAL:
                self.push(self.load_global(code, arg))
            elif op == bc.LOAD_ATTR:
                self.push(space.getattr(self.pop(), code.names[arg]))
            elif op == bc.STORE_ATTR:
                w_obj = self.pop()
                w_value = self.pop()
                space.setattr(w_obj, code.names[arg], w_value)
            elif op == bc.CALL_METHOD:
                nargs = arg & 255
                args_w = self.popn(nargs)
                w_obj = self.pop()
                self.push(space.call_method(w_obj, code.names[arg >> 8], args_w))
            elif op == bc.CALL_FUNCTION:
                args_w = self.popn(arg)
                w_func = self.pop()
                self.push(space.call(w_func, Arguments(args_w, [], [])))
            elif op == bc.CALL_FUNCTION_KW:
                w_names = self.pop()
                values_w = self.popn(arg)
                w_func = self.pop()
                self.push(self.call_kw(w_func, values_w, w_names))
            elif op == bc.RETURN_VALUE:
                return -1
            elif op == bc.YIELD_VALUE:
                self.pc = next_pc
                self.yielded = True
                return -1
            elif op == bc.YIELD_FROM:
                w_sent = self.pop()
                w_value = space.delegate_send(self.top(), w_sent)
                if w_value is None:
                    w_iter = self.pop()
                    self.push(space.return_value_of(w_iter))
                    next_pc = arg
                else:
                    self.push(w_value)
                    self.pc = next_pc
                    self.yielded = True
                    return -1
            elif op == bc.BINARY_SUBSCR:
                w_index = self.pop()
                w_obj = self.pop()
                self.push(space.getitem(w_obj, w_index))
            elif op == bc.STORE_SUBSCR:
                w_index = self.pop()
                w_obj = self.pop()
                w_value = self.pop()
                space.setitem(w_obj, w_index, w_value)
            elif op == bc.POP_TOP:
                self.pop()
            elif op == bc.DUP_TOP:
                self.push(self.top())
            elif op == bc.ROT_TWO:
                w_b = self.pop()
                w_a = self.pop()
                self.push(w_b)
                self.push(w_a)
            elif op == bc.ROT_THREE:
                w_c = self.pop()
                w_b = self.pop()
                w_a = self.pop()
                self.push(w_c)
                self.push(w_a)
                self.push(w_b)
            elif op == bc.DUP_TOP_TWO:
                w_b = self.stack[len(self.stack) - 1]
                w_a = self.stack[len(self.stack) - 2]
                self.push(w_a)
                self.push(w_b)
            elif op == bc.JUMP_IF_FALSE_OR_POP:
                if not space.is_true(self.top()):
                    next_pc = arg
                else:
                    self.pop()
            elif op == bc.JUMP_IF_TRUE_OR_POP:
                if space.is_true(self.top()):
                    next_pc = arg
                else:
                    self.pop()
            elif op == bc.GET_ITER:
                self.push(space.iter(self.pop()))
            elif op == bc.LOAD_NAME:
                self.push(self.load_name(code, arg))
            elif op == bc.STORE_NAME:
                w_value = self.pop()
                if self.w_locals is not None:
                    self.w_locals.setitem(space, code.names_w[arg], w_value)
                else:
                    self.w_globals.setitem(space, code.names_w[arg], w_value)
            elif op == bc.STORE_GLOBAL:
                self.w_globals.setitem(space, code.names_w[arg], self.pop())
            elif op == bc.DELETE_FAST:
                if self.locals_w[arg] is None:
                    raise space.error(space.w_UnboundLocalError,
                                      "cannot access local variable '%s' where it is not associated with a value"
                                      % code.varnames[arg])
                self.locals_w[arg] = None
            elif op == bc.DELETE_DEREF:
                if self.cells[arg].w_value is None:
                    raise space.error(space.w_NameError,
                                      "cannot access free variable '%s' where it is not associated with a value in enclosing scope"
                                      % self.deref_name(arg))
                self.cells[arg].w_value = None
            elif op == bc.DELETE_NAME or op == bc.DELETE_GLOBAL:
                w_dict = self.w_globals
                if op == bc.DELETE_NAME and self.w_locals is not None:
                    w_dict = self.w_locals
                if not w_dict.delitem(space, code.names_w[arg]):
                    raise space.error(space.w_NameError, "name '%s' is not defined" % code.names[arg])
            elif op == bc.UNARY_NEGATIVE:
                self.push(space.neg(self.pop()))
            elif op == bc.UNARY_POSITIVE:
                self.push(space.pos(self.pop()))
            elif op == bc.UNARY_NOT:
                self.push(newbool(not space.is_true(self.pop())))
            elif op == bc.UNARY_INVERT:
                self.push(space.invert(self.pop()))
            elif op == bc.DELETE_ATTR:
                space.delattr(self.pop(), code.names[arg])
            elif op == bc.DELETE_SUBSCR:
                w_index = self.pop()
                w_obj = self.pop()
                space.delitem(w_obj, w_index)
            elif op == bc.BUILD_SLICE:
                w_step = self.pop()
                w_upper = self.pop()
                self.push(W_SliceObject(self.pop(), w_upper, w_step))
            elif op == bc.BINARY_SLICE:
                w_step = self.pop()
                w_upper = self.pop()
                w_lower = self.pop()
                w_obj = self.pop()
                self.push(space.getslice(w_obj, w_lower, w_upper, w_step))
            elif op == bc.BUILD_LIST:
                self.push(W_ListObject(self.popn(arg)))
            elif op == bc.BUILD_TUPLE:
                self.push(W_TupleObject(self.popn(arg)))
            elif op == bc.BUILD_DICT:
                self.push(W_DictObject())
            elif op == bc.DICT_SET:
                w_value = self.pop()
                w_key = self.pop()
                w_dict = self.top()
                if isinstance(w_dict, W_DictObject):
                    w_dict.setitem(space, w_key, w_value)
            elif op == bc.UNPACK_SEQUENCE:
                self.unpack_sequence(arg)
            elif op == bc.UNPACK_EX:
                self.unpack_ex(arg >> 8, arg & 255)
            elif op == bc.LIST_TO_TUPLE:
                w_list = self.pop()
                if isinstance(w_list, W_ListObject):
                    self.push(W_TupleObject(w_list.items_copy()))
            elif op == bc.BUILD_SET:
                self.push(setobject.new_set(space, self.popn(arg)))
            elif op == bc.BUILD_CONST_SET:
                self.push(setobject.new_set_via_frozenset(space, self.popn(arg)))
            elif op == bc.BUILD_CONST_FROZENSET:
                self.push(setobject.new_constant_frozenset(space, self.popn(arg)))
            elif op == bc.SET_ADD:
                w_value = self.pop()
                w_set = self.stack[len(self.stack) - arg]
                if isinstance(w_set, W_SetObject):
                    w_set.add(space, w_value)
            elif op == bc.MAP_ADD:
                w_value = self.pop()
                w_key = self.pop()
                w_dict = self.stack[len(self.stack) - arg]
                if isinstance(w_dict, W_DictObject):
                    w_dict.setitem(space, w_key, w_value)
            elif op == bc.LIST_APPEND:
                w_value = self.pop()
                w_list = self.stack[len(self.stack) - arg]
                if isinstance(w_list, W_ListObject):
                    w_list.append(w_value)
            elif op == bc.FORMAT_VALUE:
                self.format_value(arg)
            elif op == bc.BUILD_STRING:
                pieces = []
                for w_piece in self.popn(arg):
                    pieces.append(space.str_w(w_piece))
                self.push(space.newstr("".join(pieces)))
            elif op == bc.LOAD_DEREF:
                w_value = self.cells[arg].w_value
                if w_value is None:
                    raise space.error(space.w_NameError,
                                      "cannot access free variable '%s' where it is not associated with a value in enclosing scope"
                                      % self.deref_name(arg))
                self.push(w_value)
            elif op == bc.STORE_DEREF:
                self.cells[arg].w_value = self.pop()
            elif op == bc.LOAD_CLOSURE:
                self.push(self.cells[arg])
            elif op == bc.MAKE_FUNCTION:
                self.make_function(arg)
            elif op == bc.CALL_FUNCTION_EX:
                self.call_function_ex()
            elif op == bc.LIST_EXTEND:
                w_iterable = self.pop()
                w_list = self.top()
                if isinstance(w_list, W_ListObject):
                    for w_item in space.unpack_iterable(w_iterable):
                        w_list.append(w_item)
            elif op == bc.DICT_MERGE:
                self.dict_merge()
            elif op == bc.DICT_UPDATE:
                w_other = self.pop()
                w_dict = self.top()
                if not isinstance(w_other, W_DictObject):
                    raise space.type_error("'%s' object is not a mapping" % space.type_name(w_other))
                if isinstance(w_dict, W_DictObject):
                    builtin_methods.update_dict(space, w_dict, w_other)
            elif op == bc.BUILD_CLASS:
                self.build_class(code.names[arg])
            elif op == bc.RAISE:
                self.raise_exception(arg)
            elif op == bc.RERAISE:
                self.pop()
                e = self.handled.pop()
                raise e
            elif op == bc.EXC_MATCH:
                w_check = self.pop()
                self.push(newbool(space.exception_matches(self.top(), w_check)))
            elif op == bc.POP_EXCEPT:
                self.handled.pop()
            elif op == bc.ASSERT_FAIL:
                w_exc = space.call(space.w_AssertionError, Arguments(self.popn(arg), [], []))
                raise OperationError(w_exc)
            elif op == bc.WITH_ENTER:
                w_manager = self.pop()
                w_entered = space.call_method(w_manager, "__enter__", [])
                self.push(w_manager)
                self.push(w_entered)
            elif op == bc.WITH_EXIT:
                w_manager = self.pop()
                space.call_method(w_manager, "__exit__", [w_None, w_None, w_None])
            elif op == bc.WITH_EXCEPT:
                w_exc = self.top()
                w_manager = self.stack[len(self.stack) - 2]
                w_res = space.call_method(w_manager, "__exit__", [space.type(w_exc), w_exc, w_None])
                self.push(newbool(space.is_true(w_res)))
            elif op == bc.IMPORT_NAME:
                self.push(importing.import_module(space, code.names[arg]))
            elif op == bc.IMPORT_FROM:
                self.push(importing.import_from(space, self.top(), code.names[arg]))
            elif op == bc.NOP:
                pass
            else:
                raise space.type_error("unknown opcode %d" % op)
            pc = next_pc

    # ---- helpers of the dispatch loop -------------------------------------

    def load_global(self, code, arg):
        space = self.space
        if len(code.global_cache_w) == 0:
            code.global_cache_w = [None] * len(code.names)
            code.global_cache_versions = [-1] * (2 * len(code.names))
        gversion = self.w_globals.version
        bversion = space.builtins.version
        w_cached = code.global_cache_w[arg]
        if w_cached is not None and code.global_cache_versions[2 * arg] == gversion and \
                code.global_cache_versions[2 * arg + 1] == bversion:
            return w_cached
        w_name = code.names_w[arg]
        w_value = self.w_globals.getitem(space, w_name)
        if w_value is None:
            w_value = space.builtins.getitem(space, w_name)
            if w_value is None:
                raise space.error(space.w_NameError, "name '%s' is not defined" % code.names[arg])
        code.global_cache_w[arg] = w_value
        code.global_cache_versions[2 * arg] = gversion
        code.global_cache_versions[2 * arg + 1] = bversion
        return w_value

    def load_name(self, code, arg):
        if self.w_locals is not None:
            w_value = self.w_locals.getitem(self.space, code.names_w[arg])
            if w_value is not None:
                return w_value
        return self.load_global(code, arg)

    def deref_name(self, index):
        code = self.code
        if index < len(code.cellvars):
            return code.cellvars[index]
        return code.freevars[index - len(code.cellvars)]

    def make_function(self, flags):
        w_code = self.pop()
        closure = []
        if flags & 1:
            w_cells = self.pop()
            if isinstance(w_cells, W_TupleObject):
                for w_cell in w_cells.items_w:
                    if isinstance(w_cell, W_CellObject):
                        closure.append(w_cell)
        w_kw_defaults = None
        if flags & 2:
            w_kw_defaults = self.pop()
        defaults_w = self.popn(flags >> 2)
        if isinstance(w_code, W_CodeObject):
            w_func = W_FunctionObject(w_code.code, self.w_globals, defaults_w, closure)
            if isinstance(w_kw_defaults, W_DictObject):
                w_func.w_kw_defaults = w_kw_defaults
            self.push(w_func)

    def call_function_ex(self):
        """``f(*args, **kwargs)``: a list and a dict on the stack."""
        space = self.space
        w_kwargs = self.pop()
        w_args = self.pop()
        w_func = self.pop()
        args_w = []
        if isinstance(w_args, W_ListObject):
            args_w = w_args.items_copy()
        keywords = []
        keywords_w = []
        if isinstance(w_kwargs, W_DictObject):
            i = 0
            while i < len(w_kwargs.keys_w):
                w_key = w_kwargs.keys_w[i]
                w_value = w_kwargs.values_w[i]
                if w_key is not None and w_value is not None:
                    keywords.append(space.str_w(w_key))
                    keywords_w.append(w_value)
                i += 1
        self.push(space.call(w_func, Arguments(args_w, keywords, keywords_w)))

    def dict_merge(self):
        space = self.space
        w_other = self.pop()
        w_dict = self.top()
        if not isinstance(w_other, W_DictObject):
            raise space.type_error("argument after ** must be a mapping, not %s" % space.type_name(w_other))
        if isinstance(w_dict, W_DictObject):
            for w_key in w_other.live_keys():
                if not isinstance(w_key, W_StrObject):
                    raise space.type_error("keywords must be strings")
                if w_dict.getitem(space, w_key) is not None:
                    raise space.type_error("got multiple values for keyword argument '%s'" % w_key.value)
                w_value = w_other.getitem(space, w_key)
                if w_value is not None:
                    w_dict.setitem(space, w_key, w_value)

    def call_kw(self, w_func, values_w, w_names):
        keywords = []
        if isinstance(w_names, W_TupleObject):
            for w_name in w_names.items_w:
                keywords.append(self.space.str_w(w_name))
        npos = len(values_w) - len(keywords)
        args = Arguments(values_w[:npos], keywords, values_w[npos:])
        return self.space.call(w_func, args)

    def unpack_sequence(self, n):
        space = self.space
        items_w = space.unpack_iterable(self.pop())
        if len(items_w) > n:
            raise space.error(space.w_ValueError, "too many values to unpack (expected %d)" % n)
        if len(items_w) < n:
            raise space.error(space.w_ValueError, "not enough values to unpack (expected %d, got %d)"
                              % (n, len(items_w)))
        i = n - 1
        while i >= 0:
            self.push(items_w[i])
            i -= 1

    def unpack_ex(self, before, after):
        space = self.space
        items_w = space.unpack_iterable(self.pop())
        n = len(items_w)
        if n < before + after:
            raise space.error(space.w_ValueError,
                              "not enough values to unpack (expected at least %d, got %d)"
                              % (before + after, n))
        i = n - 1
        while i >= n - after:
            self.push(items_w[i])
            i -= 1
        self.push(W_ListObject(items_w[before:n - after]))
        i = before - 1
        while i >= 0:
            self.push(items_w[i])
            i -= 1

    def format_value(self, flags):
        space = self.space
        spec = ""
        if flags & bc.FORMAT_HAS_SPEC:
            spec = space.str_w(self.pop())
        w_value = self.pop()
        conversion = flags & 3
        if conversion == bc.FORMAT_CONV_STR:
            w_value = space.str(w_value)
        elif conversion == bc.FORMAT_CONV_REPR:
            w_value = space.repr(w_value)
        elif conversion == bc.FORMAT_CONV_ASCII:
            w_value = space.ascii(w_value)
        self.push(space.newstr(formatting.format_value(space, w_value, spec)))

    def build_class(self, name):
        space = self.space
        w_bases = self.pop()
        w_body = self.pop()
        if not isinstance(w_body, W_FunctionObject):
            return
        w_namespace = W_DictObject()
        module = "__main__"
        w_modname = self.w_globals.getitem(space, space.newstr("__name__"))
        if isinstance(w_modname, W_StrObject):
            module = w_modname.value
        frame = Frame(space, w_body.code, self.w_globals, w_namespace)
        frame.init_cells(w_body.closure)
        space.run_frame(frame)
        bases_w = []
        if isinstance(w_bases, W_TupleObject):
            bases_w = w_bases.items_w
        self.push(space.build_class(name, bases_w, w_namespace, module))

    def find_handled(self, w_exc):
        """The OperationError (with its traceback) of an exception being
        handled, or a fresh one."""
        for e in self.handled:
            if e.w_value is w_exc:
                return e
        return OperationError(w_exc)

    def raise_exception(self, nargs):
        space = self.space
        if nargs == 0:
            if len(self.handled) == 0:
                raise space.error(space.exceptions["RuntimeError"], "No active exception to reraise")
            raise self.handled[len(self.handled) - 1]
        w_cause = None
        if nargs == 2:
            w_cause = self.pop()
        w_exc = space.make_exception(self.pop())
        operr = OperationError(w_exc)
        if w_cause is not None:
            operr.suppress_context = True
            if not isinstance(w_cause, W_NoneObject):
                operr.cause = self.find_handled(space.make_exception(w_cause))
        raise operr


def expose_chain(e):
    """Make the chaining recorded on ``e`` visible to the program being
    handled: ``__cause__``, ``__context__``, ``__suppress_context__``."""
    w_exc = e.w_value
    if not isinstance(w_exc, W_InstanceObject):
        return
    if e.cause is not None:
        w_exc.setattr("__cause__", e.cause.w_value)
    if e.context is not None and e.context.w_value is not w_exc:
        w_exc.setattr("__context__", e.context.w_value)
    if e.suppress_context:
        w_exc.setattr("__suppress_context__", newbool(True))
