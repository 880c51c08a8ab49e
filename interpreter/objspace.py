"""The object space: every operation on application-level objects.

The interpreter loop never looks inside objects; it calls ``space.add``,
``space.getattr``, ``space.call`` ...  Each operation dispatches on the
concrete W_ class with ``isinstance`` (fast paths for ints and floats
first), then falls back to special methods of program classes
(``__add__``, ``__eq__``, ``__str__`` ...).  The space also owns the
built-in type objects, the builtins module and the table of imported
modules.
"""

import math
from rlib.rarithmetic import ovfcheck
from rlib.objectmodel import compute_hash

import bytecode as bc
from error import OperationError
from model import (W_Root, W_NoneObject, W_IntObject, W_BoolObject, W_FloatObject,
                   w_None, w_True, w_False, w_NotImplemented, float_is_integral, newint, newbool, newfloat, init_small_ints)
from strobject import W_StrObject, str_repr, ascii_escape
from listobject import W_ListObject, W_TupleObject
from dictobject import W_DictObject, W_DictViewObject, VIEW_NAMES, VIEW_KEYS
from typeobject import W_TypeObject, W_InstanceObject
from funcobject import (W_FunctionObject, W_MethodObject, W_BuiltinFunction,
                        W_BuiltinMethod, W_ModuleObject, W_CodeObject, W_SuperObject,
                        W_StaticMethod, W_ClassMethod, W_Property, W_UnboundBuiltinMethod,
                        Arguments)
from iterobject import (W_RangeObject, W_RangeIterator, W_SeqIterator, W_ListSnapshotIterator,
                        W_GeneratorObject, W_EnumerateIterator, W_ZipIterator, W_MapIterator)
from longobject import W_LongObject, wrap_bigint, is_int, bigint_of
from rlib import rbigint
from setobject import W_SetObject
from bytesobject import W_BytesObject, bytes_repr
from sliceobject import W_SliceObject
import setobject
import hashing
import fileobject
import formatting
import builtin_methods
import pybuiltins
import pyframe

EXCEPTION_HIERARCHY = [
    ("BaseException", ""),
    ("Exception", "BaseException"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("ValueError", "Exception"),
    ("TypeError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("AttributeError", "Exception"),
    ("RuntimeError", "Exception"),
    ("RecursionError", "RuntimeError"),
    ("NotImplementedError", "RuntimeError"),
    ("AssertionError", "Exception"),
    ("StopIteration", "Exception"),
    ("ImportError", "Exception"),
    ("EOFError", "Exception"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("ModuleNotFoundError", "ImportError"),
    ("SyntaxError", "Exception"),
]

MAX_RECURSION_DEPTH = 1000


class ObjSpace(object):
    def __init__(self):
        init_small_ints()
        self.w_object = W_TypeObject("object", None)
        self.w_type = W_TypeObject("type", self.w_object)
        self.w_NoneType = W_TypeObject("NoneType", self.w_object)
        self.w_int = W_TypeObject("int", self.w_object)
        self.w_bool = W_TypeObject("bool", self.w_int)
        self.w_float = W_TypeObject("float", self.w_object)
        self.w_str = W_TypeObject("str", self.w_object)
        self.w_list = W_TypeObject("list", self.w_object)
        self.w_tuple = W_TypeObject("tuple", self.w_object)
        self.w_dict = W_TypeObject("dict", self.w_object)
        self.w_range = W_TypeObject("range", self.w_object)
        self.w_function = W_TypeObject("function", self.w_object)
        self.w_method = W_TypeObject("method", self.w_object)
        self.w_builtin_function = W_TypeObject("builtin_function_or_method", self.w_object)
        self.w_module = W_TypeObject("module", self.w_object)
        self.w_iterator = W_TypeObject("iterator", self.w_object)
        self.w_super = W_TypeObject("super", self.w_object)
        self.w_generator = W_TypeObject("generator", self.w_object)
        self.w_set = W_TypeObject("set", self.w_object)
        self.w_frozenset = W_TypeObject("frozenset", self.w_object)
        self.w_bytes = W_TypeObject("bytes", self.w_object)
        self.w_slice = W_TypeObject("slice", self.w_object)
        self.file_types_w = fileobject.make_file_types(self)
        self.w_dict_view = W_TypeObject("dict_view", self.w_object)
        self.w_staticmethod = W_TypeObject("staticmethod", self.w_object)
        self.w_classmethod = W_TypeObject("classmethod", self.w_object)
        self.w_property = W_TypeObject("property", self.w_object)
        self.exceptions = {}
        for name, base in EXCEPTION_HIERARCHY:
            w_base = self.w_object
            if base != "":
                w_base = self.exceptions[base]
            w_exc = W_TypeObject(name, w_base)
            w_exc.is_exception = True
            self.exceptions[name] = w_exc
        self.w_BaseException = self.exceptions["BaseException"]
        self.w_Exception = self.exceptions["Exception"]
        self.w_TypeError = self.exceptions["TypeError"]
        self.w_ValueError = self.exceptions["ValueError"]
        self.w_IndexError = self.exceptions["IndexError"]
        self.w_KeyError = self.exceptions["KeyError"]
        self.w_NameError = self.exceptions["NameError"]
        self.w_AttributeError = self.exceptions["AttributeError"]
        self.w_ZeroDivisionError = self.exceptions["ZeroDivisionError"]
        self.w_OverflowError = self.exceptions["OverflowError"]
        self.w_RecursionError = self.exceptions["RecursionError"]
        self.w_UnboundLocalError = self.exceptions["UnboundLocalError"]
        self.w_AssertionError = self.exceptions["AssertionError"]
        self.w_StopIteration = self.exceptions["StopIteration"]
        self.w_ImportError = self.exceptions["ImportError"]
        self.w_ModuleNotFoundError = self.exceptions["ModuleNotFoundError"]
        self.w_SyntaxError = self.exceptions["SyntaxError"]
        self.builtins = W_DictObject()
        self.modules = {}
        # Directory of the main script: ``import x`` looks for x.py there.
        self.path = ""
        self.depth = 0
        # ``sys.setrecursionlimit`` changes it.
        self.recursion_limit = MAX_RECURSION_DEPTH
        # The innermost running frame (for ``super()``).
        self.current_frame = None
        self.w_object_init = None
        # ``sys.argv``: the script and its arguments.
        self.argv_w = []
        # Source text of every compiled file, for tracebacks.
        self.sources = {}
        pybuiltins.install(self)

    # ---- wrapping -------------------------------------------------------

    def newnone(self):
        return w_None

    def newint(self, i):
        return newint(i)

    def newfloat(self, f):
        return newfloat(f)

    def newbool(self, b):
        return newbool(b)

    def newstr(self, s):
        return W_StrObject(s)

    def newlist(self, items_w):
        return W_ListObject(items_w)

    def newtuple(self, items_w):
        return W_TupleObject(items_w)

    def type(self, w_obj):
        return w_obj.getclass(self)

    def type_name(self, w_obj):
        return w_obj.getclass(self).name

    # ---- errors ---------------------------------------------------------

    def new_exception(self, w_type, msg):
        w_exc = W_InstanceObject(w_type)
        w_exc.setattr("args", W_TupleObject([self.newstr(msg)]))
        return w_exc

    def os_error(self, w_type, errno, strerror, filename):
        """An OSError (subclass) with its errno, strerror and filename."""
        w_exc = W_InstanceObject(w_type)
        w_exc.setattr("args", W_TupleObject([newint(errno), self.newstr(strerror)]))
        w_exc.setattr("errno", newint(errno))
        w_exc.setattr("strerror", self.newstr(strerror))
        w_exc.setattr("filename", self.newstr(filename))
        return OperationError(w_exc)

    def key_error(self, w_key):
        """KeyError(w_key): its str() is the key's repr."""
        return OperationError(self.new_exception_value(self.w_KeyError, w_key))

    def error(self, w_type, msg):
        """An OperationError to raise: ``raise space.error(...)``."""
        return OperationError(self.new_exception(w_type, msg))

    def type_error(self, msg):
        return self.error(self.w_TypeError, msg)

    def exception_matches(self, w_exc, w_check):
        """``except w_check:`` against the instance ``w_exc``."""
        w_type = self.type(w_exc)
        if isinstance(w_check, W_TypeObject):
            return w_type.is_subtype_of(w_check)
        if isinstance(w_check, W_TupleObject):
            for w_item in w_check.items_w:
                if self.exception_matches(w_exc, w_item):
                    return True
            return False
        raise self.type_error("catching classes that do not inherit from BaseException is not allowed")

    def make_exception(self, w_value):
        """The instance raised by ``raise w_value`` (a class or instance)."""
        if isinstance(w_value, W_TypeObject):
            if not w_value.is_exception:
                raise self.type_error("exceptions must derive from BaseException")
            return self.call(w_value, Arguments([], [], []))
        if isinstance(w_value, W_InstanceObject) and w_value.w_type.is_exception:
            return w_value
        raise self.type_error("exceptions must derive from BaseException")

    # ---- truth, identity, hashing ---------------------------------------

    def is_true(self, w_obj):
        if isinstance(w_obj, W_IntObject):
            return w_obj.intval != 0
        if isinstance(w_obj, W_NoneObject):
            return False
        if isinstance(w_obj, W_FloatObject):
            return w_obj.floatval != 0.0
        if isinstance(w_obj, W_LongObject):
            return not w_obj.num.is_zero()
        if isinstance(w_obj, W_StrObject):
            return len(w_obj.value) > 0
        if isinstance(w_obj, W_BytesObject):
            return len(w_obj.value) > 0
        if isinstance(w_obj, W_ListObject):
            return w_obj.length() > 0
        if isinstance(w_obj, W_TupleObject):
            return w_obj.length() > 0
        if isinstance(w_obj, W_DictObject):
            return w_obj.length() > 0
        if isinstance(w_obj, W_DictViewObject):
            return w_obj.w_dict.length() > 0
        if isinstance(w_obj, W_SetObject):
            return w_obj.length() > 0
        if isinstance(w_obj, W_RangeObject):
            return w_obj.length() > 0
        if isinstance(w_obj, W_InstanceObject):
            w_res = self.call_special(w_obj, "__bool__", [])
            if w_res is not None:
                return self.is_true(w_res)
            w_res = self.call_special(w_obj, "__len__", [])
            if w_res is not None:
                return self.int_w(w_res) != 0
        return True

    def hash_w(self, w_obj):
        """The hash of ``w_obj``; for numbers and tuples of them it equals
        CPython's, which set iteration order depends on."""
        if isinstance(w_obj, W_IntObject):
            return hashing.hash_int(w_obj.intval)
        if isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_BytesObject):
            return hashing.no_minus_one(compute_hash(w_obj.value))
        if isinstance(w_obj, W_LongObject):
            return hashing.hash_bigint(w_obj.num.digits, w_obj.num.sign, rbigint.SHIFT)
        if isinstance(w_obj, W_FloatObject):
            return hashing.hash_float(w_obj.floatval)
        if isinstance(w_obj, W_TupleObject):
            acc = hashing.tuple_hash_start()
            for w_item in w_obj.items_w:
                acc = hashing.tuple_hash_step(acc, self.hash_w(w_item))
            return hashing.tuple_hash_finish(acc, len(w_obj.items_w))
        if isinstance(w_obj, W_NoneObject):
            return 0x5aa5
        if isinstance(w_obj, W_SetObject) and w_obj.is_frozen():
            return setobject.hash_of(self, w_obj)
        if isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_DictObject) or \
                isinstance(w_obj, W_SetObject):
            raise self.type_error("unhashable type: '%s'" % self.type_name(w_obj))
        if isinstance(w_obj, W_InstanceObject):
            w_res = self.call_special(w_obj, "__hash__", [])
            if w_res is not None:
                if isinstance(w_res, W_IntObject) or isinstance(w_res, W_LongObject):
                    # CPython reduces the returned int like any int
                    return self.hash_w(w_res)
                return hashing.no_minus_one(self.int_w(w_res))
        return hashing.no_minus_one(compute_hash(w_obj))

    def is_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        if isinstance(w_a, W_BoolObject) or isinstance(w_b, W_BoolObject):
            return False
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
            return w_a.intval == w_b.intval
        return False

    # ---- unwrapping -----------------------------------------------------

    def index(self, w_obj):
        """The int an object stands for as an index (``__index__``)."""
        if is_int(w_obj):
            return w_obj
        if isinstance(w_obj, W_InstanceObject):
            w_index = self.call_special(w_obj, "__index__", [])
            if w_index is not None and is_int(w_index):
                return w_index
        raise self.type_error("'%s' object cannot be interpreted as an integer" % self.type_name(w_obj))

    def int_w(self, w_obj):
        if isinstance(w_obj, W_IntObject):
            return w_obj.intval
        if isinstance(w_obj, W_LongObject):
            raise self.error(self.w_OverflowError, "Python int too large to convert to C ssize_t")
        if isinstance(w_obj, W_InstanceObject):
            return self.int_w(self.index(w_obj))
        raise self.type_error("'%s' object cannot be interpreted as an integer" % self.type_name(w_obj))

    def float_w(self, w_obj):
        if isinstance(w_obj, W_FloatObject):
            return w_obj.floatval
        if isinstance(w_obj, W_IntObject):
            return float(w_obj.intval)
        if isinstance(w_obj, W_LongObject):
            try:
                return w_obj.num.tofloat()
            except OverflowError:
                raise self.error(self.w_OverflowError, "int too large to convert to float")
        raise self.type_error("must be real number, not %s" % self.type_name(w_obj))

    def str_w(self, w_obj):
        """The RPython str of a str object (TypeError otherwise)."""
        if isinstance(w_obj, W_StrObject):
            return w_obj.value
        raise self.type_error("expected str, got %s" % self.type_name(w_obj))

    # ---- str() and repr() -----------------------------------------------

    def str(self, w_obj):
        return self.newstr(self.str_text(w_obj))

    def str_text(self, w_obj):
        """``str(w_obj)`` as an RPython str."""
        if isinstance(w_obj, W_StrObject):
            return w_obj.value
        if isinstance(w_obj, W_InstanceObject):
            w_res = self.call_special(w_obj, "__str__", [])
            if w_res is not None:
                return self.expect_str(w_res, "__str__")
            if w_obj.w_type.is_exception:
                return self.exception_str(w_obj)
        return self.repr_text(w_obj)

    def expect_str(self, w_res, method):
        if isinstance(w_res, W_StrObject):
            return w_res.value
        raise self.type_error("%s returned non-string (type %s)" % (method, self.type_name(w_res)))

    def exception_args(self, w_exc):
        w_args = w_exc.getattr("args")
        if isinstance(w_args, W_TupleObject):
            return w_args.items_w
        return []

    def exception_str(self, w_exc):
        args_w = self.exception_args(w_exc)
        if len(args_w) == 0:
            return ""
        if len(args_w) == 1:
            if w_exc.w_type.is_subtype_of(self.w_KeyError):
                return self.repr_text(args_w[0])
            return self.str_text(args_w[0])
        w_filename = w_exc.getattr("filename")
        if len(args_w) == 2 and w_exc.w_type.is_subtype_of(self.exceptions["OSError"]):
            text = "[Errno %s] %s" % (self.str_text(args_w[0]), self.str_text(args_w[1]))
            if w_filename is not None:
                text += ": " + self.repr_text(w_filename)
            return text
        return self.repr_text(W_TupleObject(args_w))

    def repr(self, w_obj):
        return self.newstr(self.repr_text(w_obj))

    def ascii(self, w_obj):
        """``ascii(obj)``: the repr with non-ASCII characters escaped."""
        return self.newstr(ascii_escape(self.repr_text(w_obj)))

    def repr_text(self, w_obj):
        if isinstance(w_obj, W_BoolObject):
            if w_obj.intval != 0:
                return "True"
            return "False"
        if isinstance(w_obj, W_IntObject):
            return str(w_obj.intval)
        if isinstance(w_obj, W_FloatObject):
            return formatting.float_repr(w_obj.floatval)
        if isinstance(w_obj, W_LongObject):
            return w_obj.num.str()
        if isinstance(w_obj, W_StrObject):
            return str_repr(w_obj.value)
        if isinstance(w_obj, W_BytesObject):
            return bytes_repr(w_obj.value)
        if isinstance(w_obj, W_SliceObject):
            return "slice(%s, %s, %s)" % (self.repr_text(w_obj.w_start), self.repr_text(w_obj.w_stop),
                                          self.repr_text(w_obj.w_step))
        if isinstance(w_obj, W_NoneObject):
            return "None"
        if w_obj is w_NotImplemented:
            return "NotImplemented"
        if isinstance(w_obj, W_ListObject):
            return self.repr_items(w_obj.read_items(), "[", "]")
        if isinstance(w_obj, W_TupleObject):
            if w_obj.length() == 1:
                return "(" + self.repr_text(w_obj.items_w[0]) + ",)"
            return self.repr_items(w_obj.items_w, "(", ")")
        if isinstance(w_obj, W_DictObject):
            parts = []
            i = 0
            while i < len(w_obj.keys_w):
                w_key = w_obj.keys_w[i]
                w_value = w_obj.values_w[i]
                if w_key is not None and w_value is not None:
                    parts.append(self.repr_text(w_key) + ": " + self.repr_text(w_value))
                i += 1
            return "{" + ", ".join(parts) + "}"
        if isinstance(w_obj, W_DictViewObject):
            return self.repr_items(builtin_methods.view_items(w_obj), VIEW_NAMES[w_obj.kind] + "([", "])")
        if isinstance(w_obj, W_SetObject):
            if w_obj.is_frozen():
                if w_obj.length() == 0:
                    return "frozenset()"
                return self.repr_items(w_obj.items(), "frozenset({", "})")
            if w_obj.length() == 0:
                return "set()"
            return self.repr_items(w_obj.items(), "{", "}")
        if isinstance(w_obj, W_RangeObject):
            if w_obj.step == 1:
                return "range(%d, %d)" % (w_obj.start, w_obj.stop)
            return "range(%d, %d, %d)" % (w_obj.start, w_obj.stop, w_obj.step)
        if isinstance(w_obj, W_TypeObject):
            if w_obj.module == "builtins":
                return "<class '%s'>" % w_obj.name
            return "<class '%s.%s'>" % (w_obj.module, w_obj.name)
        if isinstance(w_obj, W_FunctionObject):
            return "<function %s>" % w_obj.name
        if isinstance(w_obj, W_GeneratorObject):
            return "<generator object %s>" % w_obj.name
        if isinstance(w_obj, W_BuiltinFunction):
            return "<built-in function %s>" % w_obj.name
        if isinstance(w_obj, W_ModuleObject):
            return "<module '%s'>" % w_obj.name
        if isinstance(w_obj, W_InstanceObject):
            w_res = self.call_special(w_obj, "__repr__", [])
            if w_res is not None:
                return self.expect_str(w_res, "__repr__")
            if w_obj.w_type.is_exception:
                args_w = self.exception_args(w_obj)
                if len(args_w) == 1:
                    return w_obj.w_type.name + "(" + self.repr_text(args_w[0]) + ")"
                return w_obj.w_type.name + self.repr_text(W_TupleObject(args_w))
            return "<%s.%s object>" % (w_obj.w_type.module, w_obj.w_type.name)
        return "<%s object>" % self.type_name(w_obj)

    def repr_items(self, items_w, opening, closing):
        parts = []
        for w_item in items_w:
            parts.append(self.repr_text(w_item))
        return opening + ", ".join(parts) + closing

    # ---- special methods of program classes ------------------------------

    def lookup_special(self, w_obj, name):
        """The function ``name`` defined by the class of an instance."""
        if isinstance(w_obj, W_InstanceObject):
            return w_obj.w_type.lookup(name)
        return None

    def call_special(self, w_obj, name, args_w):
        """Call ``type(w_obj).name(w_obj, *args_w)`` if the class of an
        instance defines it; None (interp-level) otherwise."""
        w_func = self.lookup_special(w_obj, name)
        if w_func is None:
            return None
        return self.call(w_func, Arguments([w_obj] + args_w, [], []))

    # ---- arithmetic -----------------------------------------------------

    def binary_op(self, op, w_a, w_b):
        if op == bc.OP_MATMUL:
            # No built-in type implements ``@``.
            return self.special_binary_op(op, w_a, w_b)
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
            return self.int_binary_op(op, w_a.intval, w_b.intval)
        if is_int(w_a) and is_int(w_b):
            return self.long_binary_op(op, bigint_of(w_a), bigint_of(w_b))
        if (isinstance(w_a, W_FloatObject) or is_int(w_a)) and \
                (isinstance(w_b, W_FloatObject) or is_int(w_b)):
            if op <= bc.OP_POW:
                return self.float_binary_op(op, self.float_w(w_a), self.float_w(w_b))
        w_res = self.sequence_binary_op(op, w_a, w_b)
        if w_res is not None:
            return w_res
        return self.special_binary_op(op, w_a, w_b)

    def special_binary_op(self, op, w_a, w_b):
        """``w_a.__op__(w_b)``, else ``w_b.__rop__(w_a)``, else TypeError."""
        w_res = self.call_special(w_a, BINOP_METHODS[op], [w_b])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
        w_res = self.call_special(w_b, BINOP_RMETHODS[op], [w_a])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
        if op == bc.OP_ADD and isinstance(w_a, W_StrObject):
            raise self.type_error('can only concatenate str (not "%s") to str' % self.type_name(w_b))
        raise self.type_error("unsupported operand type(s) for %s: '%s' and '%s'" % (
            bc.BINOP_SYMBOLS[op], self.type_name(w_a), self.type_name(w_b)))

    def inplace_op(self, op, w_a, w_b):
        """``w_a op= w_b``: lists and sets are updated in place, instances
        may define ``__iadd__`` etc.; otherwise as ``w_a op w_b``."""
        if isinstance(w_a, W_ListObject) and op == bc.OP_ADD:
            w_a.extend(self.unpack_iterable(w_b))
            return w_a
        if isinstance(w_a, W_SetObject) and not w_a.is_frozen() and isinstance(w_b, W_SetObject) and \
                (op == bc.OP_OR or op == bc.OP_AND or op == bc.OP_SUB or op == bc.OP_XOR):
            # CPython's in-place steps (they leave a different layout, so
            # a different iteration order, than building a new set)
            if op == bc.OP_OR:
                setobject.update(self, w_a, w_b)
            elif op == bc.OP_AND:
                w_result = setobject.intersection(self, w_a, w_b)
                if w_result is not w_a:
                    setobject.replace_contents(w_a, w_result)
            elif op == bc.OP_SUB:
                if w_a is w_b:
                    w_a.clear()
                else:
                    setobject.difference_update(self, w_a, w_b)
            else:
                setobject.symmetric_difference_update(self, w_a, w_b)
            return w_a
        if isinstance(w_a, W_InstanceObject):
            w_res = self.call_special(w_a, INPLACE_METHODS[op], [w_b])
            if w_res is not None and w_res is not w_NotImplemented:
                return w_res
        return self.binary_op(op, w_a, w_b)

    def int_binary_op(self, op, a, b):
        try:
            if op == bc.OP_ADD:
                return newint(ovfcheck(a + b))
            if op == bc.OP_SUB:
                return newint(ovfcheck(a - b))
            if op == bc.OP_MUL:
                return newint(ovfcheck(a * b))
            if op == bc.OP_TRUEDIV:
                if b == 0:
                    raise self.error(self.w_ZeroDivisionError, "division by zero")
                return newfloat(float(a) / float(b))
            if op == bc.OP_FLOORDIV:
                if b == 0:
                    raise self.error(self.w_ZeroDivisionError, "integer division or modulo by zero")
                return newint(ovfcheck(a // b))
            if op == bc.OP_MOD:
                if b == 0:
                    raise self.error(self.w_ZeroDivisionError, "integer modulo by zero")
                return newint(ovfcheck(a % b))
            if op == bc.OP_POW:
                if b < 0:
                    if a == 0:
                        raise self.error(self.w_ZeroDivisionError,
                                         "0.0 cannot be raised to a negative power")
                    return newfloat(math.pow(float(a), float(b)))
                return newint(int_pow(a, b))
            if op == bc.OP_LSHIFT:
                if b < 0:
                    raise self.error(self.w_ValueError, "negative shift count")
                if a == 0:
                    return newint(0)
                if b >= 63:
                    raise OverflowError
                result = a << b
                if (result >> b) != a:
                    raise OverflowError
                return newint(result)
            if op == bc.OP_RSHIFT:
                if b < 0:
                    raise self.error(self.w_ValueError, "negative shift count")
                if b >= 63:
                    if a < 0:
                        return newint(-1)
                    return newint(0)
                return newint(a >> b)
            if op == bc.OP_AND:
                return newint(a & b)
            if op == bc.OP_OR:
                return newint(a | b)
            return newint(a ^ b)
        except OverflowError:
            return self.long_binary_op(op, rbigint.fromint(a), rbigint.fromint(b))

    def long_binary_op(self, op, a, b):
        """Arithmetic on ints that do not fit (or whose result does not
        fit) in a machine word."""
        if op == bc.OP_ADD:
            return wrap_bigint(a.add(b))
        if op == bc.OP_SUB:
            return wrap_bigint(a.sub(b))
        if op == bc.OP_MUL:
            return wrap_bigint(a.mul(b))
        if op == bc.OP_TRUEDIV:
            if b.is_zero():
                raise self.error(self.w_ZeroDivisionError, "division by zero")
            try:
                return newfloat(a.tofloat() / b.tofloat())
            except OverflowError:
                raise self.error(self.w_OverflowError, "integer division result too large for a float")
        if op == bc.OP_FLOORDIV or op == bc.OP_MOD:
            if b.is_zero():
                if op == bc.OP_MOD:
                    raise self.error(self.w_ZeroDivisionError, "integer modulo by zero")
                raise self.error(self.w_ZeroDivisionError, "integer division or modulo by zero")
            q, r = a.divmod(b)
            if op == bc.OP_FLOORDIV:
                return wrap_bigint(q)
            return wrap_bigint(r)
        if op == bc.OP_POW:
            if b.sign < 0:
                return self.float_binary_op(op, a.tofloat(), b.tofloat())
            if not b.fits_int():
                raise self.error(self.w_OverflowError, "exponent too large")
            return wrap_bigint(a.pow(b.toint()))
        if op == bc.OP_LSHIFT or op == bc.OP_RSHIFT:
            if b.sign < 0:
                raise self.error(self.w_ValueError, "negative shift count")
            if not b.fits_int():
                raise self.error(self.w_OverflowError, "too many digits in integer")
            if op == bc.OP_LSHIFT:
                return wrap_bigint(a.lshift(b.toint()))
            return wrap_bigint(a.rshift(b.toint()))
        if op == bc.OP_AND:
            return wrap_bigint(a.bitop(b, 0))
        if op == bc.OP_OR:
            return wrap_bigint(a.bitop(b, 1))
        return wrap_bigint(a.bitop(b, 2))

    def float_binary_op(self, op, a, b):
        if op == bc.OP_ADD:
            return newfloat(a + b)
        if op == bc.OP_SUB:
            return newfloat(a - b)
        if op == bc.OP_MUL:
            return newfloat(a * b)
        if op == bc.OP_TRUEDIV:
            if b == 0.0:
                raise self.error(self.w_ZeroDivisionError, "float division by zero")
            return newfloat(a / b)
        if op == bc.OP_FLOORDIV:
            if b == 0.0:
                raise self.error(self.w_ZeroDivisionError, "float floor division by zero")
            return newfloat(a // b)
        if op == bc.OP_MOD:
            if b == 0.0:
                raise self.error(self.w_ZeroDivisionError, "float modulo")
            return newfloat(a % b)
        # OP_POW
        if a == 0.0 and b < 0.0:
            raise self.error(self.w_ZeroDivisionError, "0.0 cannot be raised to a negative power")
        if a < 0.0 and not float_is_integral(b):
            raise self.error(self.w_ValueError, "complex results are not supported")
        return newfloat(math.pow(a, b))

    def sequence_binary_op(self, op, w_a, w_b):
        """``+`` and ``*`` of str, list and tuple; ``%`` of str.  None if
        not applicable."""
        if op == bc.OP_ADD:
            if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
                return self.newstr(w_a.value + w_b.value)
            if isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject):
                return W_BytesObject(w_a.value + w_b.value)
            if isinstance(w_a, W_BytesObject) and not isinstance(w_b, W_InstanceObject):
                raise self.type_error("can't concat %s to bytes" % self.type_name(w_b))
            if isinstance(w_a, W_ListObject) and isinstance(w_b, W_ListObject):
                return W_ListObject(w_a.read_items() + w_b.read_items())
            if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject):
                return W_TupleObject(w_a.items_w + w_b.items_w)
            if isinstance(w_a, W_StrObject) and not isinstance(w_b, W_InstanceObject):
                raise self.type_error('can only concatenate str (not "%s") to str' % self.type_name(w_b))
            if isinstance(w_a, W_ListObject) and not isinstance(w_b, W_InstanceObject):
                raise self.type_error('can only concatenate list (not "%s") to list' % self.type_name(w_b))
            return None
        if op == bc.OP_MUL:
            if isinstance(w_b, W_IntObject) and not isinstance(w_a, W_InstanceObject):
                return self.repeat(w_a, w_b.intval)
            if isinstance(w_a, W_IntObject) and not isinstance(w_b, W_InstanceObject):
                return self.repeat(w_b, w_a.intval)
            if is_sequence(w_a) and not isinstance(w_b, W_InstanceObject):
                raise self.type_error("can't multiply sequence by non-int of type '%s'" % self.type_name(w_b))
            if is_sequence(w_b) and not isinstance(w_a, W_InstanceObject):
                raise self.type_error("can't multiply sequence by non-int of type '%s'" % self.type_name(w_a))
            return None
        if isinstance(w_a, W_SetObject) and isinstance(w_b, W_SetObject):
            if op == bc.OP_OR:
                return setobject.union(self, w_a, w_b)
            if op == bc.OP_AND:
                return setobject.intersection(self, w_a, w_b)
            if op == bc.OP_SUB:
                return setobject.difference(self, w_a, w_b)
            if op == bc.OP_XOR:
                return setobject.symmetric_difference(self, w_a, w_b)
            return None
        if op == bc.OP_MOD and isinstance(w_a, W_StrObject):
            return self.newstr(formatting.percent_format(self, w_a.value, w_b))
        return None

    def repeat(self, w_seq, n):
        if n < 0:
            n = 0
        if isinstance(w_seq, W_StrObject):
            return self.newstr(w_seq.value * n)
        if isinstance(w_seq, W_BytesObject):
            return W_BytesObject(w_seq.value * n)
        if isinstance(w_seq, W_ListObject):
            return W_ListObject(w_seq.read_items() * n)
        if isinstance(w_seq, W_TupleObject):
            return W_TupleObject(w_seq.items_w * n)
        raise self.type_error("can't multiply sequence by non-int of type '%s'" % self.type_name(w_seq))

    def neg(self, w_a):
        if isinstance(w_a, W_IntObject):
            try:
                return newint(ovfcheck(-w_a.intval))
            except OverflowError:
                return wrap_bigint(rbigint.fromint(w_a.intval).neg())
        if isinstance(w_a, W_LongObject):
            return wrap_bigint(w_a.num.neg())
        if isinstance(w_a, W_FloatObject):
            return newfloat(-w_a.floatval)
        w_res = self.call_special(w_a, "__neg__", [])
        if w_res is not None:
            return w_res
        raise self.type_error("bad operand type for unary -: '%s'" % self.type_name(w_a))

    def pos(self, w_a):
        if isinstance(w_a, W_BoolObject):
            return newint(w_a.intval)
        if is_int(w_a) or isinstance(w_a, W_FloatObject):
            return w_a
        raise self.type_error("bad operand type for unary +: '%s'" % self.type_name(w_a))

    def invert(self, w_a):
        if isinstance(w_a, W_IntObject):
            return newint(~w_a.intval)
        if isinstance(w_a, W_LongObject):
            return wrap_bigint(w_a.num.add(rbigint.ONE).neg())
        raise self.type_error("bad operand type for unary ~: '%s'" % self.type_name(w_a))

    # ---- comparisons ----------------------------------------------------

    def compare(self, op, w_a, w_b):
        if op == bc.CMP_EQ:
            return newbool(self.eq_w(w_a, w_b))
        if op == bc.CMP_NE:
            return newbool(not self.eq_w(w_a, w_b))
        if op == bc.CMP_IS:
            return newbool(self.is_w(w_a, w_b))
        if op == bc.CMP_IS_NOT:
            return newbool(not self.is_w(w_a, w_b))
        if op == bc.CMP_IN:
            return newbool(self.contains_w(w_b, w_a))
        if op == bc.CMP_NOT_IN:
            return newbool(not self.contains_w(w_b, w_a))
        return newbool(self.order_w(op, w_a, w_b))

    def eq_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
            return w_a.intval == w_b.intval
        if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
            return w_a.value == w_b.value
        if isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject):
            return w_a.value == w_b.value
        if is_int(w_a) and is_int(w_b):
            return bigint_of(w_a).eq(bigint_of(w_b))
        if isinstance(w_a, W_LongObject) and isinstance(w_b, W_FloatObject):
            return long_equals_float(w_a, w_b.floatval)
        if isinstance(w_a, W_FloatObject) and isinstance(w_b, W_LongObject):
            return long_equals_float(w_b, w_a.floatval)
        if (isinstance(w_a, W_FloatObject) or is_int(w_a)) and \
                (isinstance(w_b, W_FloatObject) or is_int(w_b)):
            return self.float_w(w_a) == self.float_w(w_b)
        if isinstance(w_a, W_ListObject) and isinstance(w_b, W_ListObject):
            return self.items_eq(w_a.read_items(), w_b.read_items())
        if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject):
            return self.items_eq(w_a.items_w, w_b.items_w)
        if isinstance(w_a, W_DictObject) and isinstance(w_b, W_DictObject):
            return self.dict_eq(w_a, w_b)
        if isinstance(w_a, W_SetObject) and isinstance(w_b, W_SetObject):
            return w_a.length() == w_b.length() and setobject.is_subset(self, w_a, w_b)
        if isinstance(w_a, W_RangeObject) and isinstance(w_b, W_RangeObject):
            # Equal as sequences: same length, first item and step.
            length = w_a.length()
            if length != w_b.length():
                return False
            if length == 0:
                return True
            return w_a.start == w_b.start and (length == 1 or w_a.step == w_b.step)
        if isinstance(w_a, W_InstanceObject) or isinstance(w_b, W_InstanceObject):
            w_res = self.call_special(w_a, "__eq__", [w_b])
            if w_res is None or w_res is w_NotImplemented:
                w_res = self.call_special(w_b, "__eq__", [w_a])
            if w_res is not None and w_res is not w_NotImplemented:
                return self.is_true(w_res)
        return False

    def items_eq(self, a_w, b_w):
        if len(a_w) != len(b_w):
            return False
        i = 0
        while i < len(a_w):
            if not self.eq_w(a_w[i], b_w[i]):
                return False
            i += 1
        return True

    def dict_eq(self, w_a, w_b):
        if w_a.length() != w_b.length():
            return False
        for w_key in w_a.live_keys():
            w_other = w_b.getitem(self, w_key)
            if w_other is None:
                return False
            w_value = w_a.getitem(self, w_key)
            if w_value is None or not self.eq_w(w_value, w_other):
                return False
        return True

    def order_w(self, op, w_a, w_b):
        """``<``, ``<=``, ``>``, ``>=``."""
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
            return compare_values(op, w_a.intval, w_b.intval)
        if is_int(w_a) and is_int(w_b):
            return compare_values(op, bigint_of(w_a).cmp(bigint_of(w_b)), 0)
        if (isinstance(w_a, W_FloatObject) or is_int(w_a)) and \
                (isinstance(w_b, W_FloatObject) or is_int(w_b)):
            a = self.float_w(w_a)
            b = self.float_w(w_b)
            if op == bc.CMP_LT:
                return a < b
            if op == bc.CMP_LE:
                return a <= b
            if op == bc.CMP_GT:
                return a > b
            return a >= b
        if (isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject)) or \
                (isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject)):
            a = string_value(w_a)
            b = string_value(w_b)
            if op == bc.CMP_LT:
                return a < b
            if op == bc.CMP_LE:
                return a <= b
            if op == bc.CMP_GT:
                return a > b
            return a >= b
        if isinstance(w_a, W_SetObject) and isinstance(w_b, W_SetObject):
            if op == bc.CMP_LE:
                return setobject.is_subset(self, w_a, w_b)
            if op == bc.CMP_GE:
                return setobject.is_subset(self, w_b, w_a)
            if op == bc.CMP_LT:
                return w_a.length() < w_b.length() and setobject.is_subset(self, w_a, w_b)
            return w_b.length() < w_a.length() and setobject.is_subset(self, w_b, w_a)
        if isinstance(w_a, W_ListObject) and isinstance(w_b, W_ListObject):
            return self.items_order(op, w_a.read_items(), w_b.read_items())
        if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject):
            return self.items_order(op, w_a.items_w, w_b.items_w)
        w_res = self.call_special(w_a, CMP_METHODS[op], [w_b])
        if w_res is None:
            w_res = self.call_special(w_b, CMP_METHODS[CMP_SWAPPED[op]], [w_a])
        if w_res is not None:
            return self.is_true(w_res)
        raise self.type_error("'%s' not supported between instances of '%s' and '%s'" % (
            bc.CMP_SYMBOLS[op], self.type_name(w_a), self.type_name(w_b)))

    def items_order(self, op, a_w, b_w):
        i = 0
        while i < len(a_w) and i < len(b_w):
            if not self.eq_w(a_w[i], b_w[i]):
                return self.order_w(op, a_w[i], b_w[i])
            i += 1
        return compare_values(op, len(a_w), len(b_w))

    def contains_w(self, w_container, w_item):
        if isinstance(w_container, W_StrObject):
            return w_container.value.find(self.str_w(w_item)) >= 0
        if isinstance(w_container, W_BytesObject):
            if isinstance(w_item, W_BytesObject):
                return w_container.value.find(w_item.value) >= 0
            byte = self.int_w(w_item)
            if byte < 0 or byte > 255:
                raise self.error(self.w_ValueError, "byte must be in range(0, 256)")
            return w_container.value.find(chr(byte)) >= 0
        if isinstance(w_container, W_ListObject) or isinstance(w_container, W_TupleObject):
            for w_x in self.fixed_items(w_container):
                if self.eq_w(w_x, w_item):
                    return True
            return False
        if isinstance(w_container, W_DictObject):
            return w_container.getitem(self, w_item) is not None
        if isinstance(w_container, W_SetObject):
            return w_container.contains(self, w_item)
        if isinstance(w_container, W_DictViewObject):
            if w_container.kind == VIEW_KEYS:
                return w_container.w_dict.getitem(self, w_item) is not None
            for w_x in builtin_methods.view_items(w_container):
                if self.eq_w(w_x, w_item):
                    return True
            return False
        if isinstance(w_container, W_RangeObject):
            if not isinstance(w_item, W_IntObject):
                return False
            return range_contains(w_container, w_item.intval)
        w_res = self.call_special(w_container, "__contains__", [w_item])
        if w_res is not None:
            return self.is_true(w_res)
        try:
            w_iter = self.iter(w_container)
        except OperationError as e:
            if self.exception_matches(e.w_value, self.w_TypeError):
                raise self.type_error("argument of type '%s' is not iterable" % self.type_name(w_container))
            raise
        while True:
            w_x = self.next(w_iter)
            if w_x is None:
                return False
            if self.eq_w(w_x, w_item):
                return True

    # ---- containers -----------------------------------------------------

    def fixed_items(self, w_seq):
        """The items of a list or tuple (the list itself: do not mutate)."""
        if isinstance(w_seq, W_ListObject):
            return w_seq.read_items()
        if isinstance(w_seq, W_TupleObject):
            return w_seq.items_w
        return self.unpack_iterable(w_seq)

    def unpack_iterable(self, w_iterable):
        """All the items of any iterable, in a new list."""
        if isinstance(w_iterable, W_ListObject):
            return w_iterable.items_copy()
        if isinstance(w_iterable, W_TupleObject):
            return w_iterable.items_w[:]
        result = []
        w_iter = self.iter(w_iterable)
        while True:
            w_item = self.next(w_iter)
            if w_item is None:
                break
            result.append(w_item)
        return result

    def len_w(self, w_obj):
        if isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_BytesObject):
            return len(w_obj.value)
        if isinstance(w_obj, W_ListObject):
            return w_obj.length()
        if isinstance(w_obj, W_TupleObject):
            return w_obj.length()
        if isinstance(w_obj, W_DictObject):
            return w_obj.length()
        if isinstance(w_obj, W_SetObject):
            return w_obj.length()
        if isinstance(w_obj, W_DictViewObject):
            return w_obj.w_dict.length()
        if isinstance(w_obj, W_RangeObject):
            return w_obj.length()
        w_res = self.call_special(w_obj, "__len__", [])
        if w_res is not None:
            return self.int_w(w_res)
        raise self.type_error("object of type '%s' has no len()" % self.type_name(w_obj))

    def index_w(self, w_index, length, what):
        """A normalised index into a sequence of ``length`` items."""
        if isinstance(w_index, W_InstanceObject) and \
                self.lookup_special(w_index, "__index__") is not None:
            w_index = self.index(w_index)
        if isinstance(w_index, W_LongObject):
            raise self.error(self.w_IndexError, "cannot fit 'int' into an index-sized integer")
        if not isinstance(w_index, W_IntObject):
            if what == "string":
                raise self.type_error("string indices must be integers, not '%s'" % self.type_name(w_index))
            raise self.type_error("%s indices must be integers or slices, not %s" % (
                what, self.type_name(w_index)))
        i = w_index.intval
        if i < 0:
            i += length
        if i < 0 or i >= length:
            if what == "byte":
                raise self.error(self.w_IndexError, "index out of range")
            raise self.error(self.w_IndexError, "%s index out of range" % what)
        return i

    def getitem(self, w_obj, w_index):
        if isinstance(w_index, W_SliceObject) and not isinstance(w_obj, W_InstanceObject):
            return self.getslice(w_obj, w_index.w_start, w_index.w_stop, w_index.w_step)
        if isinstance(w_obj, W_ListObject):
            return w_obj.getitem(self.index_w(w_index, w_obj.length(), "list"))
        if isinstance(w_obj, W_TupleObject):
            return w_obj.getitem(self.index_w(w_index, w_obj.length(), "tuple"))
        if isinstance(w_obj, W_StrObject):
            i = self.index_w(w_index, len(w_obj.value), "string")
            return self.newstr(w_obj.value[i])
        if isinstance(w_obj, W_BytesObject):
            i = self.index_w(w_index, len(w_obj.value), "byte")
            return newint(ord(w_obj.value[i]))
        if isinstance(w_obj, W_DictObject):
            w_value = w_obj.getitem(self, w_index)
            if w_value is None:
                raise OperationError(self.new_exception_value(self.exceptions["KeyError"], w_index))
            return w_value
        if isinstance(w_obj, W_RangeObject):
            i = self.index_w(w_index, w_obj.length(), "range object")
            return newint(w_obj.start + i * w_obj.step)
        w_res = self.call_special(w_obj, "__getitem__", [w_index])
        if w_res is not None:
            return w_res
        raise self.type_error("'%s' object is not subscriptable" % self.type_name(w_obj))

    def new_exception_value(self, w_type, w_arg):
        w_exc = W_InstanceObject(w_type)
        w_exc.setattr("args", W_TupleObject([w_arg]))
        return w_exc

    def setitem(self, w_obj, w_index, w_value):
        if isinstance(w_obj, W_ListObject) and isinstance(w_index, W_SliceObject):
            self.setslice(w_obj, w_index, w_value)
            return
        if isinstance(w_obj, W_ListObject):
            w_obj.setitem(self.index_w(w_index, w_obj.length(), "list assignment"), w_value)
            return
        if isinstance(w_obj, W_DictObject):
            w_obj.setitem(self, w_index, w_value)
            return
        if isinstance(w_obj, W_SetObject):
            raise self.type_error("'set' object does not support item assignment")
        if self.call_special(w_obj, "__setitem__", [w_index, w_value]) is not None:
            return
        raise self.type_error("'%s' object does not support item assignment" % self.type_name(w_obj))

    def delitem(self, w_obj, w_index):
        if isinstance(w_obj, W_ListObject) and isinstance(w_index, W_SliceObject):
            self.delslice(w_obj, w_index)
            return
        if isinstance(w_obj, W_ListObject):
            w_obj.delete_at(self.index_w(w_index, w_obj.length(), "list assignment"))
            return
        if isinstance(w_obj, W_DictObject):
            if not w_obj.delitem(self, w_index):
                raise OperationError(self.new_exception_value(self.exceptions["KeyError"], w_index))
            return
        if self.call_special(w_obj, "__delitem__", [w_index]) is not None:
            return
        raise self.type_error("'%s' object does not support item deletion" % self.type_name(w_obj))

    def getslice(self, w_obj, w_lower, w_upper, w_step):
        if isinstance(w_obj, W_InstanceObject):
            return self.getitem(w_obj, W_SliceObject(w_lower, w_upper, w_step))
        if isinstance(w_obj, W_RangeObject):
            return self.range_slice(w_obj, W_SliceObject(w_lower, w_upper, w_step))
        if not isinstance(w_step, W_NoneObject):
            step = self.int_w(w_step)
            if step != 1:
                return self.getslice_step(w_obj, w_lower, w_upper, step)
        bounds = self.simple_slice_bounds(w_lower, w_upper, self.len_w(w_obj))
        lower = bounds[0]
        upper = bounds[1]
        if isinstance(w_obj, W_StrObject):
            return self.newstr(w_obj.value[lower:upper])
        if isinstance(w_obj, W_BytesObject):
            return W_BytesObject(w_obj.value[lower:upper])
        if isinstance(w_obj, W_SliceObject):
            raise self.type_error("'slice' object is not subscriptable")
        if isinstance(w_obj, W_ListObject):
            return w_obj.getslice(lower, upper)
        if isinstance(w_obj, W_TupleObject):
            return W_TupleObject(w_obj.items_w[lower:upper])
        raise self.type_error("'%s' object is not subscriptable" % self.type_name(w_obj))

    def getslice_step(self, w_obj, w_lower, w_upper, step):
        indexes = self.slice_indexes(w_lower, w_upper, step, self.len_w(w_obj))
        if isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_BytesObject):
            chars = []
            for k in indexes:
                chars.append(w_obj.value[k])
            if isinstance(w_obj, W_BytesObject):
                return W_BytesObject("".join(chars))
            return self.newstr("".join(chars))
        if isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject):
            source_w = self.fixed_items(w_obj)
            items_w = []
            for k in indexes:
                items_w.append(source_w[k])
            if isinstance(w_obj, W_ListObject):
                return W_ListObject(items_w)
            return W_TupleObject(items_w)
        raise self.type_error("'%s' object is not subscriptable" % self.type_name(w_obj))

    def slice_indexes(self, w_lower, w_upper, step, length):
        """The positions an extended slice selects, in order."""
        if step == 0:
            raise self.error(self.w_ValueError, "slice step cannot be zero")
        if step > 0:
            start = self.slice_bound(w_lower, length, 0)
            stop = self.slice_bound(w_upper, length, length)
        else:
            start = self.slice_bound_neg(w_lower, length, length - 1)
            stop = self.slice_bound_neg(w_upper, length, -1)
        indexes = []
        i = start
        while (step > 0 and i < stop) or (step < 0 and i > stop):
            indexes.append(i)
            i += step
        return indexes

    def setslice(self, w_list, w_slice, w_value):
        """``lst[a:b:c] = iterable``."""
        try:
            items_w = self.unpack_iterable(w_value)
        except OperationError as e:
            if self.exception_matches(e.w_value, self.w_TypeError):
                raise self.type_error("can only assign an iterable")
            raise
        length = w_list.length()
        step = self.slice_step(w_slice)
        if step == 1:
            bounds = self.simple_slice_bounds(w_slice.w_start, w_slice.w_stop, length)
            w_list.replace_range(bounds[0], bounds[1], items_w)
            return
        indexes = self.slice_indexes(w_slice.w_start, w_slice.w_stop, step, length)
        if len(indexes) != len(items_w):
            raise self.error(self.w_ValueError,
                             "attempt to assign sequence of size %d to extended slice of size %d"
                             % (len(items_w), len(indexes)))
        k = 0
        while k < len(indexes):
            w_list.setitem(indexes[k], items_w[k])
            k += 1

    def delslice(self, w_list, w_slice):
        """``del lst[a:b:c]``."""
        length = w_list.length()
        step = self.slice_step(w_slice)
        if step == 1:
            bounds = self.simple_slice_bounds(w_slice.w_start, w_slice.w_stop, length)
            w_list.replace_range(bounds[0], bounds[1], [])
            return
        indexes = self.slice_indexes(w_slice.w_start, w_slice.w_stop, step, length)
        if step > 0:
            indexes.reverse()
        for i in indexes:
            w_list.delete_at(i)

    def range_slice(self, w_range, w_slice):
        """A slice of a range is a range (positions mapped to values)."""
        step = self.slice_step(w_slice)
        length = w_range.length()
        if step == 0:
            raise self.error(self.w_ValueError, "slice step cannot be zero")
        if step > 0:
            bounds = self.simple_slice_bounds(w_slice.w_start, w_slice.w_stop, length)
            lower = bounds[0]
            upper = bounds[1]
        else:
            lower = self.slice_bound_neg(w_slice.w_start, length, length - 1)
            upper = self.slice_bound_neg(w_slice.w_stop, length, -1)
        return W_RangeObject(w_range.start + lower * w_range.step, w_range.start + upper * w_range.step,
                             w_range.step * step)

    def slice_step(self, w_slice):
        if isinstance(w_slice.w_step, W_NoneObject):
            return 1
        return self.int_w(w_slice.w_step)

    def simple_slice_bounds(self, w_lower, w_upper, length):
        """(lower, upper) of a slice without step, upper >= lower."""
        lower = self.slice_bound(w_lower, length, 0)
        upper = self.slice_bound(w_upper, length, length)
        if upper < lower:
            upper = lower
        return (lower, upper)

    def slice_bound_neg(self, w_bound, length, default):
        """A bound of a slice with a negative step: -1 means "before the
        first item"."""
        if isinstance(w_bound, W_NoneObject):
            return default
        i = self.int_w(w_bound)
        if i < 0:
            i += length
            if i < 0:
                i = -1
        elif i >= length:
            i = length - 1
        return i

    def slice_bound(self, w_bound, length, default):
        if isinstance(w_bound, W_NoneObject):
            return default
        i = self.int_w(w_bound)
        if i < 0:
            i += length
            if i < 0:
                i = 0
        elif i > length:
            i = length
        return i

    # ---- iteration ------------------------------------------------------

    def iter(self, w_obj):
        if isinstance(w_obj, W_RangeObject):
            return W_RangeIterator(w_obj.start, w_obj.length(), w_obj.step)
        if isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject) or \
                isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_BytesObject):
            return W_SeqIterator(w_obj)
        if isinstance(w_obj, W_DictObject):
            w_iter = W_ListSnapshotIterator(w_obj.live_keys())
            w_iter.w_source = w_obj
            w_iter.source_length = w_obj.length()
            return w_iter
        if isinstance(w_obj, W_SetObject):
            w_iter = W_ListSnapshotIterator(w_obj.items())
            w_iter.w_set_source = w_obj
            w_iter.source_length = w_obj.length()
            w_iter.source_kind = "Set"
            return w_iter
        if isinstance(w_obj, W_DictViewObject):
            return W_ListSnapshotIterator(builtin_methods.view_items(w_obj))
        if isinstance(w_obj, W_RangeIterator) or isinstance(w_obj, W_SeqIterator) or \
                isinstance(w_obj, W_ListSnapshotIterator) or isinstance(w_obj, W_GeneratorObject) or \
                isinstance(w_obj, W_EnumerateIterator) or isinstance(w_obj, W_ZipIterator) or \
                isinstance(w_obj, W_MapIterator):
            return w_obj
        w_res = self.call_special(w_obj, "__iter__", [])
        if w_res is not None:
            return w_res
        if self.lookup_special(w_obj, "__getitem__") is not None:
            return W_SeqIterator(w_obj)
        raise self.type_error("'%s' object is not iterable" % self.type_name(w_obj))

    def next(self, w_iter):
        """The next item, or None (interp-level) when exhausted."""
        if isinstance(w_iter, W_RangeIterator):
            if w_iter.remaining <= 0:
                return None
            w_iter.remaining -= 1
            i = w_iter.current
            w_iter.current = i + w_iter.step
            return newint(i)
        if isinstance(w_iter, W_SeqIterator):
            w_seq = w_iter.w_seq
            i = w_iter.index
            if isinstance(w_seq, W_ListObject):
                if i >= w_seq.length():
                    return None
                w_iter.index = i + 1
                return w_seq.getitem(i)
            if isinstance(w_seq, W_TupleObject):
                if i >= w_seq.length():
                    return None
                w_iter.index = i + 1
                return w_seq.getitem(i)
            if isinstance(w_seq, W_StrObject):
                if i >= len(w_seq.value):
                    return None
                w_iter.index = i + 1
                return self.newstr(w_seq.value[i])
            if isinstance(w_seq, W_BytesObject):
                if i >= len(w_seq.value):
                    return None
                w_iter.index = i + 1
                return newint(ord(w_seq.value[i]))
            # The old sequence protocol: __getitem__ until IndexError.
            try:
                w_item = self.getitem(w_seq, newint(i))
            except OperationError as e:
                if self.type(e.w_value).is_subtype_of(self.w_IndexError):
                    return None
                raise
            w_iter.index = i + 1
            return w_item
        if isinstance(w_iter, W_ListSnapshotIterator):
            w_source = w_iter.w_source
            w_set_source = w_iter.w_set_source
            if (w_source is not None and w_source.length() != w_iter.source_length) or \
                    (w_set_source is not None and w_set_source.length() != w_iter.source_length):
                w_iter.w_source = None
                w_iter.w_set_source = None
                raise self.error(self.exceptions["RuntimeError"],
                                 "%s changed size during iteration" % w_iter.source_kind)
            if w_iter.index >= len(w_iter.items_w):
                return None
            w_item = w_iter.items_w[w_iter.index]
            w_iter.index += 1
            return w_item
        if isinstance(w_iter, W_GeneratorObject):
            return self.generator_send(w_iter, w_None)
        if isinstance(w_iter, W_EnumerateIterator):
            w_item = self.next(w_iter.w_iter)
            if w_item is None:
                return None
            w_pair = W_TupleObject([newint(w_iter.index), w_item])
            w_iter.index += 1
            return w_pair
        if isinstance(w_iter, W_ZipIterator):
            if len(w_iter.iters_w) == 0:
                return None
            items_w = []
            for w_sub in w_iter.iters_w:
                w_item = self.next(w_sub)
                if w_item is None:
                    return None
                items_w.append(w_item)
            return W_TupleObject(items_w)
        if isinstance(w_iter, W_MapIterator):
            return self.next_map(w_iter)
        if isinstance(w_iter, W_InstanceObject):
            try:
                w_res = self.call_special(w_iter, "__next__", [])
            except OperationError as e:
                if self.type(e.w_value).is_subtype_of(self.w_StopIteration):
                    return None
                raise
            if w_res is not None:
                return w_res
        raise self.type_error("'%s' object is not an iterator" % self.type_name(w_iter))

    def next_map(self, w_iter):
        if w_iter.is_filter:
            while True:
                w_item = self.next(w_iter.iters_w[0])
                if w_item is None:
                    return None
                if isinstance(w_iter.w_func, W_NoneObject):
                    keep = self.is_true(w_item)
                else:
                    keep = self.is_true(self.call(w_iter.w_func, Arguments([w_item], [], [])))
                if keep:
                    return w_item
        args_w = []
        for w_sub in w_iter.iters_w:
            w_item = self.next(w_sub)
            if w_item is None:
                return None
            args_w.append(w_item)
        return self.call(w_iter.w_func, Arguments(args_w, [], []))

    def generator_throw(self, w_gen, operr):
        """``gen.throw(exc)``: raise ``operr`` at the suspended yield;
        returns the next value, or None if the generator finished."""
        if w_gen.finished or not w_gen.started:
            w_gen.finished = True
            raise operr
        w_gen.frame.pending = operr
        return self.generator_send(w_gen, w_None)

    def generator_close(self, w_gen):
        if w_gen.finished or not w_gen.started:
            w_gen.finished = True
            return
        w_exit = self.exceptions["GeneratorExit"]
        try:
            w_value = self.generator_throw(w_gen, self.error(w_exit, ""))
        except OperationError as e:
            w_type = self.type(e.w_value)
            if w_type.is_subtype_of(w_exit) or w_type.is_subtype_of(self.w_StopIteration):
                return
            raise
        if w_value is not None:
            raise self.error(self.exceptions["RuntimeError"], "generator ignored GeneratorExit")

    def delegate_send(self, w_iter, w_sent):
        """One step of ``yield from``: the next value, None at the end."""
        if isinstance(w_iter, W_GeneratorObject):
            return self.generator_send(w_iter, w_sent)
        if isinstance(w_sent, W_NoneObject):
            return self.next(w_iter)
        return self.call_method(w_iter, "send", [w_sent])

    def return_value_of(self, w_iter):
        if isinstance(w_iter, W_GeneratorObject) and w_iter.w_return is not None:
            return w_iter.w_return
        return w_None

    def stop_iteration(self, w_value):
        """StopIteration(w_value), or StopIteration() for None."""
        args_w = []
        if w_value is not None and not isinstance(w_value, W_NoneObject):
            args_w.append(w_value)
        w_exc = W_InstanceObject(self.w_StopIteration)
        w_exc.setattr("args", W_TupleObject(args_w))
        return OperationError(w_exc)

    def generator_send(self, w_gen, w_sent):
        """Resume a generator; its next value, or None when it is done."""
        if w_gen.finished:
            return None
        if w_gen.running:
            raise self.error(self.w_ValueError, "generator already executing")
        frame = w_gen.frame
        w_gen.running = True
        try:
            if w_gen.started:
                # The suspended yield expression evaluates to w_sent.
                frame.push(w_sent)
            w_gen.started = True
            w_value = self.run_frame(frame)
            if not frame.yielded:
                w_gen.w_return = w_value
        except OperationError:
            w_gen.running = False
            w_gen.finished = True
            raise
        w_gen.running = False
        if frame.yielded:
            return w_value
        w_gen.finished = True
        return None

    # ---- attributes -----------------------------------------------------

    def getattr(self, w_obj, name):
        w_res = self.find_attr(w_obj, name)
        if w_res is None:
            if isinstance(w_obj, W_InstanceObject):
                w_hook = w_obj.w_type.lookup("__getattr__")
                if w_hook is not None:
                    return self.call(w_hook, Arguments([w_obj, self.newstr(name)], [], []))
            raise self.attribute_error(w_obj, name)
        return w_res

    def delattr(self, w_obj, name):
        if isinstance(w_obj, W_InstanceObject):
            if w_obj.delattr(name):
                return
        elif isinstance(w_obj, W_TypeObject) and w_obj.module != "builtins":
            if name in w_obj.dict_w:
                del w_obj.dict_w[name]
                return
        raise self.attribute_error(w_obj, name)

    def attribute_error(self, w_obj, name):
        if isinstance(w_obj, W_TypeObject):
            return self.error(self.w_AttributeError,
                              "type object '%s' has no attribute '%s'" % (w_obj.name, name))
        if isinstance(w_obj, W_ModuleObject):
            return self.error(self.w_AttributeError,
                              "module '%s' has no attribute '%s'" % (w_obj.name, name))
        return self.error(self.w_AttributeError,
                          "'%s' object has no attribute '%s'" % (self.type_name(w_obj), name))

    def find_attr(self, w_obj, name):
        """The attribute or None (interp-level) if missing."""
        if isinstance(w_obj, W_InstanceObject):
            w_class_attr = w_obj.w_type.lookup(name)
            if isinstance(w_class_attr, W_Property):
                return self.property_get(w_class_attr, w_obj, name)
            w_value = w_obj.getattr(name)
            if w_value is not None:
                return w_value
            if w_class_attr is None:
                if name == "__class__":
                    return w_obj.w_type
                if name == "__dict__":
                    return self.instance_dict(w_obj)
                if w_obj.w_type.is_exception:
                    if (name == "value" and w_obj.w_type.is_subtype_of(self.w_StopIteration)) or \
                            (name == "code" and w_obj.w_type.is_subtype_of(self.exceptions["SystemExit"])):
                        args_w = self.exception_args(w_obj)
                        if len(args_w) == 1 or (len(args_w) > 1 and name == "value"):
                            return args_w[0]
                        if len(args_w) > 1:
                            return W_TupleObject(args_w)
                        return w_None
                    return exception_default_attr(name)
                return None
            return self.bind_class_attr(w_class_attr, w_obj, w_obj.w_type)
        if isinstance(w_obj, W_TypeObject):
            if name == "__name__" or name == "__qualname__":
                return self.newstr(w_obj.name)
            if name == "__module__":
                return self.newstr(w_obj.module)
            if name == "__mro__":
                return W_TupleObject(mro_items(w_obj))
            if name == "__bases__":
                return W_TupleObject(type_items(w_obj.bases_w))
            if name == "__base__" and len(w_obj.bases_w) > 0:
                return w_obj.bases_w[0]
            if name == "__dict__":
                return self.type_dict(w_obj)
            if name == "fromkeys" and w_obj is self.w_dict:
                return W_BuiltinFunction("fromkeys", pybuiltins.dict_fromkeys)
            if name == "maketrans" and w_obj is self.w_str:
                return W_BuiltinFunction("maketrans", builtin_methods.str_maketrans)
            w_value = w_obj.lookup(name)
            if w_value is None and w_obj.module == "builtins" and \
                    builtin_methods.type_has_method(self, w_obj, name):
                return W_UnboundBuiltinMethod(w_obj, name)
            if isinstance(w_value, W_StaticMethod):
                return w_value.w_function
            if isinstance(w_value, W_ClassMethod):
                return W_MethodObject(w_obj, w_value.w_function)
            return w_value
        if isinstance(w_obj, W_ModuleObject):
            return w_obj.w_dict.getitem(self, self.newstr(name))
        if isinstance(w_obj, W_SliceObject):
            if name == "start":
                return w_obj.w_start
            if name == "stop":
                return w_obj.w_stop
            if name == "step":
                return w_obj.w_step
            return None
        if isinstance(w_obj, W_FunctionObject):
            if name == "__name__":
                return self.newstr(w_obj.name)
            if name == "__qualname__":
                return self.newstr(w_obj.code.qualname)
            if w_obj.w_attrs is not None:
                return w_obj.w_attrs.getitem(self, self.newstr(name))
            return None
        if isinstance(w_obj, W_SuperObject):
            w_value = self.type(w_obj.w_self).lookup_after(w_obj.w_start, name)
            if isinstance(w_value, W_FunctionObject) or isinstance(w_value, W_BuiltinFunction):
                return W_MethodObject(w_obj.w_self, w_value)
            return w_value
        if builtin_methods.has_method(self, w_obj, name):
            return W_BuiltinMethod(w_obj, name)
        return None

    def bind_class_attr(self, w_value, w_obj, w_type):
        """A class attribute read through an instance: functions become
        bound methods, static and class methods unwrap."""
        if isinstance(w_value, W_FunctionObject) or isinstance(w_value, W_BuiltinFunction):
            return W_MethodObject(w_obj, w_value)
        if isinstance(w_value, W_StaticMethod):
            return w_value.w_function
        if isinstance(w_value, W_ClassMethod):
            return W_MethodObject(w_type, w_value.w_function)
        return w_value

    def property_get(self, w_prop, w_obj, name):
        if w_prop.w_getter is None:
            raise self.error(self.w_AttributeError, "property '%s' of '%s' object has no getter"
                             % (name, self.type_name(w_obj)))
        return self.call(w_prop.w_getter, Arguments([w_obj], [], []))

    def type_dict(self, w_type):
        """``cls.__dict__`` (a snapshot; CPython gives a read-only proxy)."""
        w_dict = W_DictObject()
        w_dict.setitem(self, self.newstr("__module__"), self.newstr(w_type.module))
        for name in w_type.dict_w:
            w_dict.setitem(self, self.newstr(name), w_type.dict_w[name])
        return w_dict

    def instance_dict(self, w_obj):
        w_dict = W_DictObject()
        names = w_obj.map.attribute_names()
        i = 0
        while i < len(names):
            w_dict.setitem(self, self.newstr(names[i]), w_obj.storage_w[i])
            i += 1
        return w_dict

    def setattr(self, w_obj, name, w_value):
        if isinstance(w_obj, W_InstanceObject):
            w_class_attr = w_obj.w_type.lookup(name)
            if isinstance(w_class_attr, W_Property):
                if w_class_attr.w_setter is None:
                    raise self.error(self.w_AttributeError, "property '%s' of '%s' object has no setter"
                                     % (name, self.type_name(w_obj)))
                self.call(w_class_attr.w_setter, Arguments([w_obj, w_value], [], []))
                return
            if not w_obj.w_type.allows_attribute(name):
                raise self.attribute_error(w_obj, name)
            w_obj.setattr(name, w_value)
            return
        if isinstance(w_obj, W_TypeObject) and w_obj.module != "builtins":
            w_obj.dict_w[name] = w_value
            return
        if isinstance(w_obj, W_ModuleObject):
            w_obj.w_dict.setitem(self, self.newstr(name), w_value)
            return
        if isinstance(w_obj, W_FunctionObject):
            if name == "__name__":
                w_obj.name = self.str_w(w_value)
                return
            if w_obj.w_attrs is None:
                w_obj.w_attrs = W_DictObject()
            w_obj.w_attrs.setitem(self, self.newstr(name), w_value)
            return
        raise self.error(self.w_AttributeError,
                         "'%s' object has no attribute '%s'" % (self.type_name(w_obj), name))

    # ---- calls ----------------------------------------------------------

    def call(self, w_func, args):
        if isinstance(w_func, W_FunctionObject):
            return self.call_function(w_func, args)
        if isinstance(w_func, W_MethodObject):
            return self.call_function(w_func.w_function, args.prepend(w_func.w_self))
        if isinstance(w_func, W_BuiltinFunction):
            return w_func.func(self, args)
        if isinstance(w_func, W_BuiltinMethod):
            return builtin_methods.call_method(self, w_func.w_self, w_func.name, args)
        if isinstance(w_func, W_UnboundBuiltinMethod):
            if len(args.args_w) == 0 or not self.type(args.args_w[0]).is_subtype_of(w_func.w_type):
                raise self.type_error("descriptor '%s' of '%s' object needs an argument" % (
                    w_func.name, w_func.w_type.name))
            rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w)
            return builtin_methods.call_method(self, args.args_w[0], w_func.name, rest)
        if isinstance(w_func, W_TypeObject):
            return self.call_type(w_func, args)
        if isinstance(w_func, W_InstanceObject):
            w_call = w_func.w_type.lookup("__call__")
            if w_call is not None:
                return self.call(w_call, args.prepend(w_func))
        raise self.type_error("'%s' object is not callable" % self.type_name(w_func))

    def call_function(self, w_func, args):
        if isinstance(w_func, W_FunctionObject):
            frame = pyframe.Frame(self, w_func.code, w_func.w_globals, None)
            frame.w_class = w_func.w_class
            self.bind_arguments(w_func, args, frame.locals_w)
            frame.init_cells(w_func.closure)
            if w_func.code.is_generator:
                return W_GeneratorObject(frame, w_func.name)
            return self.run_frame(frame)
        return self.call(w_func, args)

    def run_frame(self, frame):
        if self.depth >= self.recursion_limit:

            raise self.error(self.w_RecursionError, "maximum recursion depth exceeded")
        self.depth += 1
        w_caller = self.current_frame
        self.current_frame = frame
        try:
            w_result = frame.run()
        finally:
            self.depth -= 1
            self.current_frame = w_caller
        return w_result

    def bind_arguments(self, w_func, args, locals_w):
        code = w_func.code
        argcount = code.argcount
        nargs = len(args.args_w)
        if nargs > argcount and code.vararg_index < 0:
            ndefaults = len(w_func.defaults_w)
            if ndefaults > 0:
                raise self.type_error("%s() takes from %d to %d positional arguments but %d %s given" % (
                    code.qualname, argcount - ndefaults, argcount, nargs, was_were(nargs)))
            raise self.type_error("%s() takes %d positional argument%s but %d %s given" % (
                code.qualname, argcount, plural(argcount), nargs, was_were(nargs)))
        i = 0
        while i < nargs and i < argcount:
            locals_w[i] = args.args_w[i]
            i += 1
        if code.vararg_index >= 0:
            locals_w[code.vararg_index] = W_TupleObject(args.args_w[i:])
        w_kwargs = None
        if code.kwarg_index >= 0:
            w_kwargs = W_DictObject()
            locals_w[code.kwarg_index] = w_kwargs
        nnamed = argcount + code.kwonlycount
        k = 0
        while k < len(args.keywords):
            name = args.keywords[k]
            j = code.posonlycount
            found = False
            while j < nnamed:
                if code.varnames[j] == name:
                    if locals_w[j] is not None:
                        raise self.type_error("%s() got multiple values for argument '%s'" % (
                            code.qualname, name))
                    locals_w[j] = args.keywords_w[k]
                    found = True
                    break
                j += 1
            if not found:
                if w_kwargs is None:
                    j = 0
                    while j < code.posonlycount:
                        if code.varnames[j] == name:
                            raise self.type_error(
                                "%s() got some positional-only arguments passed as keyword arguments: '%s'"
                                % (code.qualname, name))
                        j += 1
                    raise self.type_error("%s() got an unexpected keyword argument '%s'" % (
                        code.qualname, name))
                w_kwargs.setitem(self, self.newstr(name), args.keywords_w[k])
            k += 1
        ndefaults = len(w_func.defaults_w)
        first_default = argcount - ndefaults
        missing = []
        i = 0
        while i < argcount:
            if locals_w[i] is None:
                if i >= first_default:
                    locals_w[i] = w_func.defaults_w[i - first_default]
                else:
                    missing.append("'" + code.varnames[i] + "'")
            i += 1
        if len(missing) > 0:
            raise self.type_error("%s() missing %d required positional argument%s: %s" % (
                code.qualname, len(missing), plural(len(missing)), join_names(missing)))
        missing_kw = []
        while i < nnamed:
            if locals_w[i] is None:
                w_default = None
                if w_func.w_kw_defaults is not None:
                    w_default = w_func.w_kw_defaults.getitem(self, self.newstr(code.varnames[i]))
                if w_default is None:
                    missing_kw.append("'" + code.varnames[i] + "'")
                else:
                    locals_w[i] = w_default
            i += 1
        if len(missing_kw) > 0:
            raise self.type_error("%s() missing %d required keyword-only argument%s: %s" % (
                code.qualname, len(missing_kw), plural(len(missing_kw)), join_names(missing_kw)))

    def call_type(self, w_type, args):
        if w_type.module == "builtins" and not w_type.is_exception:
            return pybuiltins.construct_builtin(self, w_type, args)
        w_obj = W_InstanceObject(w_type)
        if w_type.is_exception:
            w_obj.setattr("args", W_TupleObject(args.args_w[:]))
        w_init = w_type.lookup("__init__")
        if w_init is self.w_object_init:
            if len(args.args_w) > 0 and not w_type.is_exception:
                raise self.type_error("%s() takes no arguments" % w_type.name)
        elif w_init is not None:
            w_res = self.call(w_init, args.prepend(w_obj))
            if not isinstance(w_res, W_NoneObject):
                raise self.type_error("__init__() should return None, not '%s'" % self.type_name(w_res))
        return w_obj

    def call_method(self, w_obj, name, args_w):
        """``w_obj.name(*args_w)`` without allocating a bound method when
        possible."""
        if isinstance(w_obj, W_InstanceObject):
            w_value = w_obj.getattr(name)
            if w_value is None:
                w_value = w_obj.w_type.lookup(name)
                if isinstance(w_value, W_FunctionObject) or isinstance(w_value, W_BuiltinFunction):
                    return self.call_function(w_value, Arguments([w_obj] + args_w, [], []))
                if w_value is None:
                    # Not found: the instance's __getattr__ (or the error).
                    return self.call(self.getattr(w_obj, name), Arguments(args_w, [], []))
                if isinstance(w_value, W_Property):
                    w_value = self.property_get(w_value, w_obj, name)
                else:
                    w_value = self.bind_class_attr(w_value, w_obj, w_obj.w_type)
            return self.call(w_value, Arguments(args_w, [], []))
        if isinstance(w_obj, W_TypeObject) or isinstance(w_obj, W_ModuleObject) or \
                isinstance(w_obj, W_FunctionObject) or isinstance(w_obj, W_SuperObject):
            return self.call(self.getattr(w_obj, name), Arguments(args_w, [], []))
        if builtin_methods.has_method(self, w_obj, name):
            return builtin_methods.call_method(self, w_obj, name, Arguments(args_w, [], []))
        raise self.attribute_error(w_obj, name)

    # ---- classes --------------------------------------------------------

    def init_subclass(self, w_type):
        """Call ``__init_subclass__`` of the nearest base defining it (an
        implicit class method) with the new class."""
        i = 1
        while i < len(w_type.mro_w):
            w_hook = w_type.mro_w[i].dict_w.get("__init_subclass__", None)
            if w_hook is not None:
                if isinstance(w_hook, W_ClassMethod):
                    w_hook = w_hook.w_function
                self.call(w_hook, Arguments([w_type], [], []))
                return
            i += 1

    def build_class(self, name, bases_w, w_namespace, module):
        types_w = []
        for w_base in bases_w:
            if not isinstance(w_base, W_TypeObject):
                raise self.type_error("bases must be types")
            types_w.append(w_base)
        if len(types_w) == 0:
            types_w.append(self.w_object)
        w_type = W_TypeObject(name, types_w[0])
        if len(types_w) > 1 and not w_type.set_bases(types_w):
            names = []
            for w_base in types_w:
                names.append(w_base.name)
            raise self.type_error("Cannot create a consistent method resolution\norder (MRO) for bases "
                                  + ", ".join(names))
        w_type.module = module
        i = 0
        while i < len(w_namespace.keys_w):
            w_key = w_namespace.keys_w[i]
            w_value = w_namespace.values_w[i]
            if isinstance(w_key, W_StrObject) and w_value is not None:
                w_type.dict_w[w_key.value] = w_value
                if isinstance(w_value, W_FunctionObject) and w_value.w_class is None:
                    w_value.w_class = w_type
            i += 1
        w_slots = w_namespace.getitem(self, self.newstr("__slots__"))
        if w_slots is not None:
            w_type.slots = []
            if isinstance(w_slots, W_StrObject):
                w_type.slots.append(w_slots.value)
            else:
                for w_slot in self.unpack_iterable(w_slots):
                    w_type.slots.append(self.str_w(w_slot))
        self.init_subclass(w_type)
        return w_type


INPLACE_METHODS = ["__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__",
                   "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__",
                   "__ior__", "__ixor__", "__imatmul__"]
BINOP_METHODS = ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__",
                 "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__",
                 "__or__", "__xor__", "__matmul__"]
BINOP_RMETHODS = ["__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__",
                  "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__",
                  "__ror__", "__rxor__", "__rmatmul__"]
CMP_METHODS = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
CMP_SWAPPED = [bc.CMP_GT, bc.CMP_GE, bc.CMP_EQ, bc.CMP_NE, bc.CMP_LT, bc.CMP_LE]


def long_equals_float(w_long, f):
    """Exact comparison (converting the int to a float could round)."""
    if not float_is_integral(f):
        return False
    return w_long.num.eq(rbigint.fromfloat(f))


def exception_default_attr(name):
    """Attributes every exception has before it is chained or raised."""
    if name == "__cause__" or name == "__context__" or name == "__traceback__":
        return w_None
    if name == "__suppress_context__":
        return newbool(False)
    return None


def plural(n):
    if n == 1:
        return ""
    return "s"


def mro_items(w_type):
    return type_items(w_type.mro_w)


def type_items(types_w):
    """A list of W_Root from a list of W_TypeObject."""
    items_w = []
    for w_type in types_w:
        items_w.append(w_type)
    return items_w


def is_sequence(w_obj):
    return isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_ListObject) or \
        isinstance(w_obj, W_TupleObject) or isinstance(w_obj, W_BytesObject)


def string_value(w_obj):
    """The characters of a str or bytes object."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    assert isinstance(w_obj, W_StrObject)
    return w_obj.value


def join_names(names):
    """'a', 'a' and 'b', 'a', 'b' and 'c' (CPython's argument lists)."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:len(names) - 1]) + " and " + names[len(names) - 1]


def was_were(n):
    if n == 1:
        return "was"
    return "were"


def compare_values(op, a, b):
    if op == bc.CMP_LT:
        return a < b
    if op == bc.CMP_LE:
        return a <= b
    if op == bc.CMP_GT:
        return a > b
    return a >= b


def int_pow(a, b):
    """``a ** b`` for b >= 0, raising OverflowError past 64 bits."""
    result = 1
    base = a
    while b > 0:
        if b & 1:
            result = ovfcheck(result * base)
        b = b >> 1
        if b > 0:
            base = ovfcheck(base * base)
    return result


def range_contains(w_range, i):
    if w_range.step > 0:
        if i < w_range.start or i >= w_range.stop:
            return False
    else:
        if i > w_range.start or i <= w_range.stop:
            return False
    return (i - w_range.start) % w_range.step == 0
