"""The builtins module: built-in functions and the constructors of the
built-in types.

Each built-in function is an interpreter-level function
``f(space, args) -> W_Root`` wrapped in a W_BuiltinFunction; ``install``
fills the space's builtins dict.
"""

import math
import os

from error import OperationError
from model import (w_NotImplemented, W_NoneObject, W_IntObject, W_BoolObject, W_FloatObject, w_None,
                   newint, newbool, newfloat)
from strobject import W_StrObject
from bytesobject import W_BytesObject
from sliceobject import W_SliceObject
import bytesobject
from listobject import W_ListObject, W_TupleObject
from dictobject import W_DictObject
from typeobject import W_TypeObject, W_InstanceObject
from funcobject import (W_BuiltinFunction, W_SuperObject, W_StaticMethod, W_ClassMethod,
                        W_Property, Arguments)
from iterobject import W_RangeObject, W_EnumerateIterator, W_ZipIterator, W_MapIterator, W_GeneratorObject
from longobject import W_LongObject, wrap_bigint, bigint_of
from rlib.objectmodel import compute_hash
from rlib import rbigint
import bytecode as bc
import formatting
import setobject
import fileobject
import builtin_methods


class OutputBuffer(object):
    """Buffered standard output (flushed when large, at exit, and before
    anything is written to stderr)."""

    def __init__(self):
        self.parts = []
        self.size = 0

    def write(self, text):
        self.parts.append(text)
        self.size += len(text)
        if self.size > 8192:
            self.flush()

    def flush(self):
        if self.size > 0 or len(self.parts) > 0:
            data = "".join(self.parts).encode("utf-8")
            self.parts = []
            self.size = 0
            written = 0
            while written < len(data):
                written += os.write(1, data[written:])


STDOUT = OutputBuffer()


def arg_count_error(space, name, args, expected):
    return space.type_error("%s() takes exactly %d argument%s (%d given)" % (
        name, expected, "" if expected == 1 else "s", len(args.args_w)))


def no_keywords(space, name, args):
    if len(args.keywords) > 0:
        raise space.type_error("%s() takes no keyword arguments" % name)


def one_arg(space, name, args):
    no_keywords(space, name, args)
    if len(args.args_w) != 1:
        raise space.type_error("%s() takes exactly one argument (%d given)" % (name, len(args.args_w)))
    return args.args_w[0]


# ---- functions ------------------------------------------------------------

def b_print(space, args):
    sep = " "
    end = "\n"
    w_file = None
    k = 0
    while k < len(args.keywords):
        name = args.keywords[k]
        w_value = args.keywords_w[k]
        if name == "sep":
            if not isinstance(w_value, W_NoneObject):
                sep = space.str_w(w_value)
        elif name == "end":
            if not isinstance(w_value, W_NoneObject):
                end = space.str_w(w_value)
        elif name == "file":
            w_file = w_value
        elif name != "flush":
            raise space.type_error("'%s' is an invalid keyword argument for print()" % name)
        k += 1
    parts = []
    for w_arg in args.args_w:
        parts.append(space.str_text(w_arg))
    text = sep.join(parts) + end
    if w_file is None or isinstance(w_file, W_NoneObject):
        STDOUT.write(text)
    else:
        space.call_method(w_file, "write", [space.newstr(text)])
    return w_None


def b_len(space, args):
    return newint(space.len_w(one_arg(space, "len", args)))


def b_repr(space, args):
    return space.repr(one_arg(space, "repr", args))


def b_delattr(space, args):
    no_keywords(space, "delattr", args)
    if len(args.args_w) != 2:
        raise space.type_error("delattr expected 2 arguments, got %d" % len(args.args_w))
    space.delattr(args.args_w[0], space.str_w(args.args_w[1]))
    return w_None


def dict_fromkeys(space, args):
    """``dict.fromkeys(iterable, value=None)``."""
    no_keywords(space, "fromkeys", args)
    if len(args.args_w) < 1 or len(args.args_w) > 2:
        raise space.type_error("fromkeys expected 1 or 2 arguments, got %d" % len(args.args_w))
    w_value = w_None
    if len(args.args_w) == 2:
        w_value = args.args_w[1]
    w_dict = W_DictObject()
    for w_key in space.unpack_iterable(args.args_w[0]):
        w_dict.setitem(space, w_key, w_value)
    return w_dict


def b_vars(space, args):
    """``vars(obj)``: the attributes of an instance, class or module."""
    w_obj = one_arg(space, "vars", args)
    w_dict = space.find_attr(w_obj, "__dict__")
    if w_dict is None:
        raise space.type_error("vars() argument must have __dict__ attribute")
    return w_dict


def b_open(space, args):
    """``open(path, mode="r", encoding=None)`` (UTF-8 text only)."""
    args_w = args.args_w
    if len(args_w) < 1 or len(args_w) > 2:
        raise space.type_error("open() takes 1 or 2 positional arguments (%d given)" % len(args_w))
    mode = "r"
    if len(args_w) == 2:
        mode = space.str_w(args_w[1])
    k = 0
    while k < len(args.keywords):
        keyword = args.keywords[k]
        if keyword == "mode":
            mode = space.str_w(args.keywords_w[k])
        elif keyword == "encoding":
            builtin_methods.check_encoding(space, space.str_w(args.keywords_w[k]))
        elif keyword != "newline":
            raise space.type_error("'%s' is an invalid keyword argument for open()" % keyword)
        k += 1
    return fileobject.open_file(space, space.str_w(args_w[0]), mode)


def b_ascii(space, args):
    return space.ascii(one_arg(space, "ascii", args))


def b_abs(space, args):
    w_x = one_arg(space, "abs", args)
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        if space.order_w(bc.CMP_LT, w_x, newint(0)):
            return space.neg(w_x)
        return space.pos(w_x)
    if isinstance(w_x, W_FloatObject):
        return newfloat(abs(w_x.floatval))
    w_res = space.call_special(w_x, "__abs__", [])
    if w_res is not None:
        return w_res
    raise space.type_error("bad operand type for abs(): '%s'" % space.type_name(w_x))


def min_max(space, args, name, op):
    w_key = None
    w_default = None
    k = 0
    while k < len(args.keywords):
        if args.keywords[k] == "key":
            w_key = args.keywords_w[k]
        elif args.keywords[k] == "default":
            w_default = args.keywords_w[k]
        else:
            raise space.type_error("'%s' is an invalid keyword argument for %s()" % (args.keywords[k], name))
        k += 1
    if len(args.args_w) == 0:
        raise space.type_error("%s expected at least 1 argument, got 0" % name)
    if len(args.args_w) == 1:
        items_w = space.unpack_iterable(args.args_w[0])
        if len(items_w) == 0:
            if w_default is not None:
                return w_default
            raise space.error(space.w_ValueError, "%s() arg is an empty sequence" % name)
    else:
        items_w = args.args_w
    if w_key is not None and isinstance(w_key, W_NoneObject):
        w_key = None
    w_best = items_w[0]
    w_best_key = w_best
    if w_key is not None:
        w_best_key = space.call(w_key, Arguments([w_best], [], []))
    i = 1
    while i < len(items_w):
        w_item_key = items_w[i]
        if w_key is not None:
            w_item_key = space.call(w_key, Arguments([items_w[i]], [], []))
        if space.order_w(op, w_item_key, w_best_key):
            w_best = items_w[i]
            w_best_key = w_item_key
        i += 1
    return w_best


def b_min(space, args):
    return min_max(space, args, "min", bc.CMP_LT)


def b_max(space, args):
    return min_max(space, args, "max", bc.CMP_GT)


def b_sum(space, args):
    no_keywords(space, "sum", args)
    if len(args.args_w) < 1 or len(args.args_w) > 2:
        raise space.type_error("sum() takes at most 2 arguments")
    w_total = newint(0)
    if len(args.args_w) == 2:
        w_total = args.args_w[1]
    for w_item in space.unpack_iterable(args.args_w[0]):
        w_total = space.binary_op(bc.OP_ADD, w_total, w_item)
    return w_total


def b_isinstance(space, args):
    no_keywords(space, "isinstance", args)
    if len(args.args_w) != 2:
        raise space.type_error("isinstance expected 2 arguments, got %d" % len(args.args_w))
    return newbool(isinstance_w(space, args.args_w[0], args.args_w[1]))


def isinstance_w(space, w_obj, w_cls):
    if isinstance(w_cls, W_TypeObject):
        return space.type(w_obj).is_subtype_of(w_cls)
    return is_subclass_of_any(space, space.type(w_obj), w_cls,
                              "isinstance() arg 2 must be a type, a tuple of types, or a union")


def b_issubclass(space, args):
    no_keywords(space, "issubclass", args)
    if len(args.args_w) != 2:
        raise space.type_error("issubclass expected 2 arguments, got %d" % len(args.args_w))
    w_sub = args.args_w[0]
    w_cls = args.args_w[1]
    if not isinstance(w_sub, W_TypeObject):
        raise space.type_error("issubclass() arg 1 must be a class")
    return newbool(is_subclass_of_any(space, w_sub, w_cls,
                                      "issubclass() arg 2 must be a class, a tuple of classes, or a union"))


def is_subclass_of_any(space, w_sub, w_cls, error):
    """Whether ``w_sub`` is ``w_cls`` or a subclass, where ``w_cls`` is a
    class or a (nested) tuple of classes; TypeError ``error`` otherwise."""
    if isinstance(w_cls, W_TypeObject):
        return w_sub.is_subtype_of(w_cls)
    if isinstance(w_cls, W_TupleObject):
        for w_item in w_cls.items_w:
            if is_subclass_of_any(space, w_sub, w_item, error):
                return True
        return False
    raise space.type_error(error)


def b_hasattr(space, args):
    no_keywords(space, "hasattr", args)
    if len(args.args_w) != 2:
        raise space.type_error("hasattr expected 2 arguments, got %d" % len(args.args_w))
    name = space.str_w(args.args_w[1])
    try:
        space.getattr(args.args_w[0], name)
    except OperationError as e:
        if space.exception_matches(e.w_value, space.w_AttributeError):
            return newbool(False)
        raise
    return newbool(True)


def b_getattr(space, args):
    no_keywords(space, "getattr", args)
    if len(args.args_w) < 2 or len(args.args_w) > 3:
        raise space.type_error("getattr expected 2 or 3 arguments, got %d" % len(args.args_w))
    name = space.str_w(args.args_w[1])
    if len(args.args_w) == 2:
        return space.getattr(args.args_w[0], name)
    try:
        return space.getattr(args.args_w[0], name)
    except OperationError as e:
        if space.exception_matches(e.w_value, space.w_AttributeError):
            return args.args_w[2]
        raise


def b_setattr(space, args):
    no_keywords(space, "setattr", args)
    if len(args.args_w) != 3:
        raise space.type_error("setattr expected 3 arguments, got %d" % len(args.args_w))
    space.setattr(args.args_w[0], space.str_w(args.args_w[1]), args.args_w[2])
    return w_None


def b_chr(space, args):
    i = space.int_w(one_arg(space, "chr", args))
    if i < 0 or i > 0x10ffff:
        raise space.error(space.w_ValueError, "chr() arg not in range(0x110000)")
    return space.newstr(chr(i))


def b_ord(space, args):
    w_s = one_arg(space, "ord", args)
    s = space.str_w(w_s)
    if len(s) != 1:
        raise space.type_error("ord() expected a character, but string of length %d found" % len(s))
    return newint(ord(s[0]))


def b_sorted(space, args):
    if len(args.args_w) != 1:
        raise space.type_error("sorted expected 1 argument, got %d" % len(args.args_w))
    items_w = space.unpack_iterable(args.args_w[0])
    w_list = W_ListObject(items_w)
    builtin_methods.call_list_method(space, w_list, "sort", Arguments([], args.keywords, args.keywords_w))
    return w_list


def b_reversed(space, args):
    items_w = space.unpack_iterable(one_arg(space, "reversed", args))
    items_w.reverse()
    return space.iter(W_ListObject(items_w))


def b_enumerate(space, args):
    if len(args.args_w) < 1 or len(args.args_w) > 2:
        raise space.type_error("enumerate expected 1 or 2 arguments")
    start = 0
    if len(args.args_w) == 2:
        start = space.int_w(args.args_w[1])
    k = 0
    while k < len(args.keywords):
        if args.keywords[k] != "start":
            raise space.type_error("'%s' is an invalid keyword argument for enumerate()" % args.keywords[k])
        start = space.int_w(args.keywords_w[k])
        k += 1
    return W_EnumerateIterator(space.iter(args.args_w[0]), start)


def b_zip(space, args):
    no_keywords(space, "zip", args)
    iters_w = []
    for w_arg in args.args_w:
        iters_w.append(space.iter(w_arg))
    return W_ZipIterator(iters_w)


def b_map(space, args):
    """``map(f, it, ...)``: a lazy iterator."""
    no_keywords(space, "map", args)
    if len(args.args_w) < 2:
        raise space.type_error("map() must have at least two arguments.")
    iters_w = []
    for w_arg in args.args_w[1:]:
        iters_w.append(space.iter(w_arg))
    return W_MapIterator(args.args_w[0], iters_w, False)


def b_filter(space, args):
    no_keywords(space, "filter", args)
    if len(args.args_w) != 2:
        raise space.type_error("filter expected 2 arguments, got %d" % len(args.args_w))
    return W_MapIterator(args.args_w[0], [space.iter(args.args_w[1])], True)


def b_iter(space, args):
    return space.iter(one_arg(space, "iter", args))


def b_next(space, args):
    no_keywords(space, "next", args)
    if len(args.args_w) < 1 or len(args.args_w) > 2:
        raise space.type_error("next expected 1 or 2 arguments")
    w_item = space.next(args.args_w[0])
    if w_item is None:
        if len(args.args_w) == 2:
            return args.args_w[1]
        w_iter = args.args_w[0]
        if isinstance(w_iter, W_GeneratorObject):
            raise space.stop_iteration(w_iter.w_return)
        raise space.stop_iteration(None)
    return w_item


def b_any(space, args):
    return newbool(find_truth(space, one_arg(space, "any", args), True))


def b_all(space, args):
    return newbool(not find_truth(space, one_arg(space, "all", args), False))


def find_truth(space, w_iterable, wanted):
    """Whether some item's truth is ``wanted``; stops at the first one
    (the rest of a generator is not consumed)."""
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return False
        if space.is_true(w_item) == wanted:
            return True


def b_divmod(space, args):
    no_keywords(space, "divmod", args)
    if len(args.args_w) != 2:
        raise space.type_error("divmod expected 2 arguments, got %d" % len(args.args_w))
    w_a = args.args_w[0]
    w_b = args.args_w[1]
    return W_TupleObject([space.binary_op(bc.OP_FLOORDIV, w_a, w_b),
                          space.binary_op(bc.OP_MOD, w_a, w_b)])


def b_format(space, args):
    no_keywords(space, "format", args)
    if len(args.args_w) < 1 or len(args.args_w) > 2:
        raise space.type_error("format expected 1 or 2 arguments")
    spec = ""
    if len(args.args_w) == 2:
        spec = space.str_w(args.args_w[1])
    return space.newstr(formatting.format_value(space, args.args_w[0], spec))


def b_round(space, args):
    no_keywords(space, "round", args)
    if len(args.args_w) < 1 or len(args.args_w) > 2:
        raise space.type_error("round expected 1 or 2 arguments")
    w_x = args.args_w[0]
    digits = 0
    if len(args.args_w) == 2 and not isinstance(args.args_w[1], W_NoneObject):
        digits = space.int_w(args.args_w[1])
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        if digits >= 0:
            return w_x
        return round_int(space, w_x, digits)
    x = space.float_w(w_x)
    if len(args.args_w) == 1 or isinstance(args.args_w[1], W_NoneObject):
        if math.isinf(x) or math.isnan(x):
            raise space.error(space.w_OverflowError if math.isinf(x) else space.w_ValueError,
                              "cannot convert float %s to integer" % formatting.float_repr(x))
        return newint(round_half_even(x))
    if digits < 0:
        scale = math.pow(10.0, float(-digits))
        return newfloat(float(round_half_even(x / scale)) * scale)
    text = formatting._float_f(x, min(digits, 17))
    return newfloat(float(text))


def round_int(space, w_value, digits):
    """``round(int, negative digits)``: to a multiple of 10**-digits,
    halves to even (on wrapped ints, so big ones work too)."""
    w_scale = space.binary_op(bc.OP_POW, newint(10), newint(-digits))
    w_quotient = space.binary_op(bc.OP_FLOORDIV, w_value, w_scale)
    w_twice_rest = space.binary_op(bc.OP_MUL, newint(2), space.binary_op(
        bc.OP_SUB, w_value, space.binary_op(bc.OP_MUL, w_quotient, w_scale)))
    if space.order_w(bc.CMP_GT, w_twice_rest, w_scale) or \
            (space.eq_w(w_twice_rest, w_scale) and
             space.is_true(space.binary_op(bc.OP_MOD, w_quotient, newint(2)))):
        w_quotient = space.binary_op(bc.OP_ADD, w_quotient, newint(1))
    return space.binary_op(bc.OP_MUL, w_quotient, w_scale)


def round_half_even(x):
    floor = int(x // 1.0)
    diff = x - float(floor)
    if diff > 0.5:
        return floor + 1
    if diff < 0.5:
        return floor
    if floor % 2 == 0:
        return floor
    return floor + 1


def b_exit(space, args):
    """``sys.exit([status])``: raises SystemExit (catchable, as in
    CPython); the entry point turns it into the exit status."""
    no_keywords(space, "exit", args)
    w_exc = W_InstanceObject(space.exceptions["SystemExit"])
    w_exc.setattr("args", W_TupleObject(args.args_w[:]))
    raise OperationError(w_exc)


def b_input(space, args):
    """``input([prompt])``: one line of standard input, without the
    newline; EOFError at the end of the input."""
    no_keywords(space, "input", args)
    if len(args.args_w) > 0:
        STDOUT.write(space.str_text(args.args_w[0]))
    STDOUT.flush()
    line = STDIN.readline()
    if line is None:
        raise space.error(space.exceptions["EOFError"], "EOF when reading a line")
    return space.newstr(line)


class InputBuffer(object):
    """Buffered standard input, read with os.read."""

    def __init__(self):
        self.data = b""
        self.eof = False

    def readline(self):
        """The next line without its newline, or None at the end."""
        while True:
            pos = find_newline(self.data)
            if pos >= 0:
                line = self.data[:pos]
                self.data = self.data[pos + 1:]
                return line.decode("utf-8")
            if self.eof:
                if len(self.data) == 0:
                    return None
                line = self.data
                self.data = b""
                return line.decode("utf-8")
            chunk = os.read(0, 4096)
            if len(chunk) == 0:
                self.eof = True
            else:
                self.data = self.data + chunk


def find_newline(data):
    """Index of the first newline byte or -1 (``bytes.find`` is outside
    the dialect)."""
    i = 0
    while i < len(data):
        if data[i] == 10:
            return i
        i += 1
    return -1


STDIN = InputBuffer()


def b_super(space, args):
    """``super()`` (in a method: its class and first argument) or
    ``super(C, obj)``."""
    no_keywords(space, "super", args)
    if len(args.args_w) == 2:
        w_start = args.args_w[0]
        if not isinstance(w_start, W_TypeObject):
            raise space.type_error("super() argument 1 must be a type")
        return W_SuperObject(w_start, args.args_w[1])
    if len(args.args_w) != 0:
        raise space.type_error("super() takes 0 or 2 arguments")
    frame = space.current_frame
    if frame is None or frame.w_class is None or len(frame.locals_w) == 0:
        raise space.error(space.exceptions["RuntimeError"], "super(): no arguments")
    w_self = frame.locals_w[0]
    if w_self is None:
        raise space.error(space.exceptions["RuntimeError"], "super(): arg[0] deleted")
    return W_SuperObject(frame.w_class, w_self)


def int_in_base(space, args, name, spec_type, prefix):
    w_x = space.index(one_arg(space, name, args))
    text = formatting.format_value(space, w_x, spec_type)
    if text.startswith("-"):
        return space.newstr("-" + prefix + text[1:])
    return space.newstr(prefix + text)


def b_hex(space, args):
    return int_in_base(space, args, "hex", "x", "0x")


def b_oct(space, args):
    return int_in_base(space, args, "oct", "o", "0o")


def b_bin(space, args):
    return int_in_base(space, args, "bin", "b", "0b")


def b_staticmethod(space, args):
    return W_StaticMethod(one_arg(space, "staticmethod", args))


def b_classmethod(space, args):
    return W_ClassMethod(one_arg(space, "classmethod", args))


def b_property(space, args):
    w_getter = None
    w_setter = None
    if len(args.args_w) > 0:
        w_getter = args.args_w[0]
    if len(args.args_w) > 1:
        w_setter = args.args_w[1]
    k = 0
    while k < len(args.keywords):
        if args.keywords[k] == "fget":
            w_getter = args.keywords_w[k]
        elif args.keywords[k] == "fset":
            w_setter = args.keywords_w[k]
        k += 1
    return W_Property(w_getter, w_setter)


def b_pow(space, args):
    """``pow(base, exp[, mod])``; with a modulus, by square-and-multiply
    on rbigints."""
    no_keywords(space, "pow", args)
    n = len(args.args_w)
    if n == 2:
        return space.binary_op(bc.OP_POW, args.args_w[0], args.args_w[1])
    if n != 3:
        raise space.type_error("pow expected 2 or 3 arguments, got %d" % n)
    w_base = args.args_w[0]
    w_exp = args.args_w[1]
    w_mod = args.args_w[2]
    for w_x in [w_base, w_exp, w_mod]:
        if not (isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject)):
            raise space.type_error("pow() 3rd argument not allowed unless all arguments are integers")
    mod = bigint_of(w_mod)
    if mod.is_zero():
        raise space.error(space.w_ValueError, "pow() 3rd argument cannot be 0")
    exp = bigint_of(w_exp)
    if exp.sign < 0:
        raise space.error(space.w_ValueError, "negative exponents with a modulus are not supported yet")
    result = rbigint.ONE.mod(mod)
    base = bigint_of(w_base).mod(mod)
    while not exp.is_zero():
        if exp.digits[0] & 1:
            result = result.mul(base).mod(mod)
        exp = exp.rshift(1)
        if not exp.is_zero():
            base = base.mul(base).mod(mod)
    return wrap_bigint(result)


def b_callable(space, args):
    w_obj = one_arg(space, "callable", args)
    if isinstance(w_obj, W_InstanceObject):
        return newbool(w_obj.w_type.lookup("__call__") is not None)
    return newbool(isinstance(w_obj, W_TypeObject) or space.type(w_obj) is space.w_function or
                   space.type(w_obj) is space.w_method or
                   space.type(w_obj) is space.w_builtin_function)


def b_id(space, args):
    """An identity number (stable for the object's life; not CPython's)."""
    return newint(compute_hash(one_arg(space, "id", args)))


def b_type(space, args):
    """``type(obj)``, or ``type(name, bases, namespace)`` to make a class."""
    if len(args.args_w) == 3:
        no_keywords(space, "type", args)
        w_bases = args.args_w[1]
        w_namespace = args.args_w[2]
        if not isinstance(w_bases, W_TupleObject) or not isinstance(w_namespace, W_DictObject):
            raise space.type_error("type.__new__() argument 2 must be tuple and argument 3 a dict")
        w_dict = W_DictObject()
        builtin_methods.update_dict(space, w_dict, w_namespace)
        module = "__main__"
        frame = space.current_frame
        if frame is not None:
            w_name = frame.w_globals.getitem(space, space.newstr("__name__"))
            if isinstance(w_name, W_StrObject):
                module = w_name.value
        return space.build_class(space.str_w(args.args_w[0]), w_bases.items_w, w_dict, module)
    return space.type(one_arg(space, "type", args))


def b_hash(space, args):
    return newint(space.hash_w(one_arg(space, "hash", args)))


# ---- constructors of built-in types ----------------------------------------

def construct_builtin(space, w_type, args):
    name = w_type.name
    args_w = args.args_w
    if name == "int":
        return construct_int(space, args)
    if name == "float":
        if len(args_w) == 0:
            return newfloat(0.0)
        return construct_float(space, one_arg(space, "float", args))
    if name == "str":
        if len(args_w) == 0:
            return space.newstr("")
        return space.str(one_arg(space, "str", args))
    if name == "bool":
        if len(args_w) == 0:
            return newbool(False)
        return newbool(space.is_true(one_arg(space, "bool", args)))
    if name == "list":
        if len(args_w) == 0:
            return W_ListObject([])
        return W_ListObject(space.unpack_iterable(one_arg(space, "list", args)))
    if name == "tuple":
        if len(args_w) == 0:
            return W_TupleObject([])
        w_arg = one_arg(space, "tuple", args)
        if isinstance(w_arg, W_TupleObject):
            return w_arg
        return W_TupleObject(space.unpack_iterable(w_arg))
    if name == "dict":
        w_dict = W_DictObject()
        builtin_methods.update_dict_from_args(space, w_dict, "dict", args)
        return w_dict
    if name == "range":
        return construct_range(space, args)
    if name == "set":
        if len(args_w) == 0:
            return setobject.new_set(space, [])
        return setobject.from_iterable(space, one_arg(space, "set", args), False)
    if name == "bytes":
        return construct_bytes(space, args)
    if name == "slice":
        no_keywords(space, "slice", args)
        if len(args_w) == 1:
            return W_SliceObject(w_None, args_w[0], w_None)
        if len(args_w) == 2:
            return W_SliceObject(args_w[0], args_w[1], w_None)
        if len(args_w) == 3:
            return W_SliceObject(args_w[0], args_w[1], args_w[2])
        raise space.type_error("slice expected at least 1 argument, got %d" % len(args_w))
    if name == "frozenset":
        if len(args_w) == 0:
            return setobject.new_frozenset(space, [])
        w_arg = one_arg(space, "frozenset", args)
        if isinstance(w_arg, setobject.W_FrozensetObject):
            return w_arg
        return setobject.from_iterable(space, w_arg, True)
    if name == "type":
        return b_type(space, args)
    if name == "object":
        return W_InstanceObject(space.w_object)
    raise space.type_error("cannot create '%s' instances" % name)


def construct_range(space, args):
    no_keywords(space, "range", args)
    args_w = args.args_w
    n = len(args_w)
    if n == 1:
        return W_RangeObject(0, space.int_w(args_w[0]), 1)
    if n == 2:
        return W_RangeObject(space.int_w(args_w[0]), space.int_w(args_w[1]), 1)
    if n == 3:
        step = space.int_w(args_w[2])
        if step == 0:
            raise space.error(space.w_ValueError, "range() arg 3 must not be zero")
        return W_RangeObject(space.int_w(args_w[0]), space.int_w(args_w[1]), step)
    if n == 0:
        raise space.type_error("range expected at least 1 argument, got 0")
    raise space.type_error("range expected at most 3 arguments, got %d" % n)


def construct_int(space, args):
    args_w = args.args_w
    if len(args_w) == 0:
        return newint(0)
    w_x = args_w[0]
    if len(args_w) == 2 or isinstance(w_x, W_StrObject):
        base = 10
        if len(args_w) == 2:
            base = space.int_w(args_w[1])
        return parse_int(space, space.str_w(w_x), base)
    if isinstance(w_x, W_BoolObject):
        return newint(w_x.intval)
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        return w_x
    if isinstance(w_x, W_FloatObject):
        return float_to_int(space, w_x.floatval)
    w_res = space.call_special(w_x, "__int__", [])
    if w_res is not None:
        return w_res
    raise space.type_error("int() argument must be a string, a bytes-like object or a real number, not '%s'"
                           % space.type_name(w_x))


def float_to_int(space, f):
    """``int(f)``: truncated, big when it does not fit a word."""
    if f != f:
        raise space.error(space.w_ValueError, "cannot convert float NaN to integer")
    if f - f != 0.0:
        raise space.error(space.w_OverflowError, "cannot convert float infinity to integer")
    if f > 9.2e18 or f < -9.2e18:
        return wrap_bigint(rbigint.fromfloat(f))
    return newint(int(f))


def construct_bytes(space, args):
    """``bytes()``, ``bytes(n)``, ``bytes(iterable of ints)``,
    ``bytes(str, encoding)``."""
    args_w = args.args_w
    if len(args_w) == 0:
        return W_BytesObject("")
    w_source = args_w[0]
    if isinstance(w_source, W_StrObject):
        if len(args_w) < 2:
            raise space.type_error("string argument without an encoding")
        builtin_methods.check_encoding(space, space.str_w(args_w[1]))
        return W_BytesObject(bytesobject.encode_utf8(w_source.value))
    if isinstance(w_source, W_BytesObject):
        return w_source
    if isinstance(w_source, W_IntObject):
        if w_source.intval < 0:
            raise space.error(space.w_ValueError, "negative count")
        return W_BytesObject("\x00" * w_source.intval)
    chars = []
    for w_item in space.unpack_iterable(w_source):
        byte = space.int_w(w_item)
        if byte < 0 or byte > 255:
            raise space.error(space.w_ValueError, "bytes must be in range(0, 256)")
        chars.append(chr(byte))
    return W_BytesObject("".join(chars))


def parse_int(space, text, base):
    """``int(text, base)``: a wrapped int (big if needed).  Base 0 takes the
    base from the prefix, as in a literal."""
    if base != 0 and (base < 2 or base > 36):
        raise space.error(space.w_ValueError, "int() base must be >= 2 and <= 36, or 0")
    s = text.strip()
    sign = ""
    if s.startswith("-") or s.startswith("+"):
        sign = s[0]
        s = s[1:]
    prefix_base = 0
    if len(s) >= 2 and s[0] == "0":
        marker = s[1].lower()
        if marker == "x":
            prefix_base = 16
        elif marker == "o":
            prefix_base = 8
        elif marker == "b":
            prefix_base = 2
    if prefix_base != 0 and (base == 0 or base == prefix_base):
        base = prefix_base
        s = s[2:]
        if s.startswith("_"):
            # After a prefix a single underscore may come first (0x_ff).
            s = s[1:]
    elif base == 0:
        base = 10
        if len(s) > 1 and s[0] == "0" and s.replace("_", "").strip("0") != "":
            raise invalid_int_literal(space, text, 0)
    if s == "" or s.startswith("_") or s.endswith("_") or s.find("__") >= 0:
        raise invalid_int_literal(space, text, base)
    try:
        return wrap_bigint(rbigint.fromstr(sign + s, base))
    except ValueError:
        raise invalid_int_literal(space, text, base)


def invalid_int_literal(space, text, base):
    return space.error(space.w_ValueError, "invalid literal for int() with base %d: %s"
                       % (base, space.repr_text(space.newstr(text))))


def construct_float(space, w_x):
    if isinstance(w_x, W_FloatObject):
        return w_x
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        return newfloat(space.float_w(w_x))
    if isinstance(w_x, W_StrObject):
        s = w_x.value.strip()
        lower = s.lower()
        if lower == "inf" or lower == "+inf" or lower == "infinity":
            return newfloat(float("inf"))
        if lower == "-inf" or lower == "-infinity":
            return newfloat(-float("inf"))
        if lower == "nan" or lower == "+nan" or lower == "-nan":
            return newfloat(float("nan"))
        digits = without_digit_underscores(s)
        if not looks_like_float(digits):
            raise space.error(space.w_ValueError,
                              "could not convert string to float: %s" % space.repr_text(w_x))
        return newfloat(float(digits))
    w_res = space.call_special(w_x, "__float__", [])
    if isinstance(w_res, W_FloatObject):
        return w_res
    if w_res is not None:
        raise space.type_error("%s.__float__ returned non-float (type %s)"
                               % (space.type_name(w_x), space.type_name(w_res)))
    raise space.type_error("float() argument must be a string or a real number, not '%s'"
                           % space.type_name(w_x))


def without_digit_underscores(s):
    """``s`` without the underscores that separate two digits; an
    underscore anywhere else is left (and makes the literal invalid)."""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "_" and 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit():
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def looks_like_float(s):
    """Digits, one optional point, an optional exponent."""
    i = 0
    n = len(s)
    if i < n and (s[i] == "+" or s[i] == "-"):
        i += 1
    digits = 0
    while i < n and s[i].isdigit():
        i += 1
        digits += 1
    if i < n and s[i] == ".":
        i += 1
        while i < n and s[i].isdigit():
            i += 1
            digits += 1
    if digits == 0:
        return False
    if i < n and (s[i] == "e" or s[i] == "E"):
        i += 1
        if i < n and (s[i] == "+" or s[i] == "-"):
            i += 1
        exp_digits = 0
        while i < n and s[i].isdigit():
            i += 1
            exp_digits += 1
        if exp_digits == 0:
            return False
    return i == n


# ---- installation ---------------------------------------------------------

def add_function(space, name, func):
    space.builtins.setitem(space, space.newstr(name), W_BuiltinFunction(name, func))


def add_value(space, name, w_value):
    space.builtins.setitem(space, space.newstr(name), w_value)


def b_object_init(space, args):
    return w_None


def b_exception_init(space, args):
    """``BaseException.__init__(self, *args)``: store ``args``."""
    if len(args.args_w) == 0:
        raise space.type_error("descriptor '__init__' of 'BaseException' object needs an argument")
    w_self = args.args_w[0]
    if isinstance(w_self, W_InstanceObject):
        w_self.setattr("args", W_TupleObject(args.args_w[1:]))
    return w_None


def install(space):
    space.w_object_init = W_BuiltinFunction("__init__", b_object_init)
    space.w_object.dict_w["__init__"] = space.w_object_init
    space.w_BaseException.dict_w["__init__"] = W_BuiltinFunction("__init__", b_exception_init)
    add_function(space, "print", b_print)
    add_function(space, "len", b_len)
    add_function(space, "repr", b_repr)
    add_function(space, "ascii", b_ascii)
    add_function(space, "open", b_open)
    add_function(space, "vars", b_vars)
    add_function(space, "delattr", b_delattr)
    add_function(space, "abs", b_abs)
    add_function(space, "min", b_min)
    add_function(space, "max", b_max)
    add_function(space, "sum", b_sum)
    add_function(space, "isinstance", b_isinstance)
    add_function(space, "issubclass", b_issubclass)
    add_function(space, "hasattr", b_hasattr)
    add_function(space, "getattr", b_getattr)
    add_function(space, "setattr", b_setattr)
    add_function(space, "chr", b_chr)
    add_function(space, "ord", b_ord)
    add_function(space, "sorted", b_sorted)
    add_function(space, "reversed", b_reversed)
    add_function(space, "enumerate", b_enumerate)
    add_function(space, "zip", b_zip)
    add_function(space, "iter", b_iter)
    add_function(space, "map", b_map)
    add_function(space, "filter", b_filter)
    add_function(space, "next", b_next)
    add_function(space, "any", b_any)
    add_function(space, "all", b_all)
    add_function(space, "divmod", b_divmod)
    add_function(space, "format", b_format)
    add_function(space, "round", b_round)
    add_function(space, "exit", b_exit)
    add_function(space, "input", b_input)
    add_function(space, "hash", b_hash)
    add_function(space, "super", b_super)
    add_function(space, "staticmethod", b_staticmethod)
    add_function(space, "classmethod", b_classmethod)
    add_function(space, "property", b_property)
    add_function(space, "pow", b_pow)
    add_function(space, "callable", b_callable)
    add_function(space, "id", b_id)
    add_function(space, "hex", b_hex)
    add_function(space, "oct", b_oct)
    add_function(space, "bin", b_bin)
    add_value(space, "None", w_None)
    add_value(space, "NotImplemented", w_NotImplemented)
    add_value(space, "int", space.w_int)
    add_value(space, "bool", space.w_bool)
    add_value(space, "float", space.w_float)
    add_value(space, "str", space.w_str)
    add_value(space, "list", space.w_list)
    add_value(space, "tuple", space.w_tuple)
    add_value(space, "dict", space.w_dict)
    add_value(space, "range", space.w_range)
    add_value(space, "set", space.w_set)
    add_value(space, "frozenset", space.w_frozenset)
    add_value(space, "bytes", space.w_bytes)
    add_value(space, "slice", space.w_slice)
    add_value(space, "object", space.w_object)
    add_value(space, "type", space.w_type)
    for name in space.exceptions:
        add_value(space, name, space.exceptions[name])
