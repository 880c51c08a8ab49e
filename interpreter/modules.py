"""Built-in modules implemented at interpreter level: ``sys``, ``math``
and ``time``.

``importing.import_module`` asks here before looking for a ``.py`` file.
"""

import math
import os
import time

from model import W_IntObject, W_FloatObject, W_NoneObject, newint, newfloat, newbool, float_is_integral
from listobject import W_ListObject
from dictobject import W_DictObject
from funcobject import W_BuiltinFunction, W_ModuleObject
from typeobject import W_TypeObject, W_InstanceObject
import pybuiltins
import bytecode as bc
from longobject import is_int, bigint_of


def new_module(space, name):
    w_dict = W_DictObject()
    w_dict.setitem(space, space.newstr("__name__"), space.newstr(name))
    return W_ModuleObject(name, w_dict, "<built-in>")


def add(space, w_module, name, w_value):
    w_module.w_dict.setitem(space, space.newstr(name), w_value)


def add_function(space, w_module, name, func):
    add(space, w_module, name, W_BuiltinFunction(name, func))


def make_module(space, name):
    """The built-in module ``name``, or None."""
    if name == "sys":
        return make_sys(space)
    if name == "math":
        return make_math(space)
    if name == "time":
        return make_time(space)
    return None


# ---- sys --------------------------------------------------------------------

def make_sys(space):
    w_sys = new_module(space, "sys")
    add(space, w_sys, "argv", W_ListObject(space.argv_w[:]))
    add(space, w_sys, "maxsize", newint(9223372036854775807))
    add(space, w_sys, "byteorder", space.newstr("little"))
    add_function(space, w_sys, "exit", pybuiltins.b_exit)
    add_function(space, w_sys, "getrecursionlimit", sys_getrecursionlimit)
    add_function(space, w_sys, "setrecursionlimit", sys_setrecursionlimit)
    # The language level this interpreter implements (a plain tuple: the
    # fields are read by index or compared with tuples).
    add(space, w_sys, "version_info", space.newtuple([
        newint(3), newint(12), newint(0), space.newstr("final"), newint(0)]))
    add(space, w_sys, "platform", space.newstr("linux"))
    w_stream_type = W_TypeObject("TextIOWrapper", space.w_object)
    w_stream_type.dict_w["write"] = W_BuiltinFunction("write", stream_write)
    w_stream_type.dict_w["flush"] = W_BuiltinFunction("flush", stream_flush)
    w_stdout = W_InstanceObject(w_stream_type)
    w_stdout.setattr("fd", newint(1))
    w_stderr = W_InstanceObject(w_stream_type)
    w_stderr.setattr("fd", newint(2))
    add(space, w_sys, "stdout", w_stdout)
    add(space, w_sys, "stderr", w_stderr)
    return w_sys


def stream_write(space, args):
    """``sys.stdout.write(s)`` / ``sys.stderr.write(s)``."""
    if len(args.args_w) != 2:
        raise space.type_error("write() takes exactly one argument (%d given)" % (len(args.args_w) - 1))
    w_self = args.args_w[0]
    text = space.str_w(args.args_w[1])
    fd = 1
    if isinstance(w_self, W_InstanceObject):
        w_fd = w_self.getattr("fd")
        if isinstance(w_fd, W_IntObject):
            fd = w_fd.intval
    if fd == 1:
        pybuiltins.STDOUT.write(text)
    else:
        pybuiltins.STDOUT.flush()
        os.write(2, text.encode("utf-8"))
    return newint(len(text))


def stream_flush(space, args):
    return space.newnone()


def sys_getrecursionlimit(space, args):
    pybuiltins.no_keywords(space, "getrecursionlimit", args)
    return newint(space.recursion_limit)


def sys_setrecursionlimit(space, args):
    pybuiltins.no_keywords(space, "setrecursionlimit", args)
    if len(args.args_w) != 1:
        raise space.type_error("setrecursionlimit() takes exactly one argument (%d given)"
                               % len(args.args_w))
    limit = space.int_w(args.args_w[0])
    if limit < 1:
        raise space.error(space.w_ValueError, "recursion limit must be greater or equal than 1")
    space.recursion_limit = limit
    return space.newnone()


# ---- time -------------------------------------------------------------------

def t_time(space, args):
    pybuiltins.no_keywords(space, "time", args)
    if len(args.args_w) != 0:
        raise space.type_error("time() takes no arguments (%d given)" % len(args.args_w))
    return newfloat(time.time())


def make_time(space):
    w_time = new_module(space, "time")
    add_function(space, w_time, "time", t_time)
    # The dialect's only clock is the wall clock; it stands in for the
    # performance and monotonic counters (resolution is what programs need).
    add_function(space, w_time, "perf_counter", t_time)
    add_function(space, w_time, "monotonic", t_time)
    return w_time



# ---- math -------------------------------------------------------------------

def one_float(space, name, args):
    pybuiltins.no_keywords(space, name, args)
    if len(args.args_w) != 1:
        raise space.type_error("math.%s() takes exactly one argument (%d given)" % (name, len(args.args_w)))
    return space.float_w(args.args_w[0])


def two_floats(space, name, args):
    pybuiltins.no_keywords(space, name, args)
    if len(args.args_w) != 2:
        raise space.type_error("%s expected 2 arguments, got %d" % (name, len(args.args_w)))
    return [space.float_w(args.args_w[0]), space.float_w(args.args_w[1])]


def domain_error(space):
    return space.error(space.w_ValueError, "math domain error")


def floor_or_ceil(space, name, args, ceil):
    pybuiltins.no_keywords(space, name, args)
    if len(args.args_w) == 1 and isinstance(args.args_w[0], W_IntObject):
        return newint(space.int_w(args.args_w[0]))
    x = one_float(space, name, args)
    if float_is_integral(x) or x != x or x - x != 0.0:
        return pybuiltins.float_to_int(space, x)
    # Not whole, so smaller than 2**52: math.floor/ceil fit in a word.
    if ceil:
        return newint(math.ceil(x))
    return newint(math.floor(x))


def m_sqrt(space, args):
    x = one_float(space, "sqrt", args)
    if x < 0.0:
        raise domain_error(space)
    return newfloat(math.sqrt(x))


def m_floor(space, args):
    return floor_or_ceil(space, "floor", args, False)


def m_ceil(space, args):
    return floor_or_ceil(space, "ceil", args, True)


def m_fabs(space, args):
    return newfloat(math.fabs(one_float(space, "fabs", args)))


def m_sin(space, args):
    return newfloat(math.sin(one_float(space, "sin", args)))


def m_cos(space, args):
    return newfloat(math.cos(one_float(space, "cos", args)))


def m_tan(space, args):
    return newfloat(math.tan(one_float(space, "tan", args)))


def m_exp(space, args):
    x = one_float(space, "exp", args)
    if x > 709.78:
        raise space.error(space.w_OverflowError, "math range error")
    return newfloat(math.exp(x))


def m_log(space, args):
    pybuiltins.no_keywords(space, "log", args)
    if len(args.args_w) == 2:
        xs = two_floats(space, "log", args)
        if xs[0] <= 0.0 or xs[1] <= 0.0:
            raise domain_error(space)
        return newfloat(math.log(xs[0]) / math.log(xs[1]))
    x = one_float(space, "log", args)
    if x <= 0.0:
        raise domain_error(space)
    return newfloat(math.log(x))


def m_atan2(space, args):
    xs = two_floats(space, "atan2", args)
    return newfloat(math.atan2(xs[0], xs[1]))


def m_pow(space, args):
    xs = two_floats(space, "pow", args)
    if xs[0] == 0.0 and xs[1] < 0.0:
        raise domain_error(space)
    if xs[0] < 0.0 and not float_is_integral(xs[1]):
        raise domain_error(space)
    return newfloat(math.pow(xs[0], xs[1]))


def m_isnan(space, args):
    return newbool(math.isnan(one_float(space, "isnan", args)))


def m_isinf(space, args):
    return newbool(math.isinf(one_float(space, "isinf", args)))


def m_gcd(space, args):
    pybuiltins.no_keywords(space, "gcd", args)
    result = 0
    for w_arg in args.args_w:
        b = space.int_w(w_arg)
        if b < 0:
            b = -b
        a = result
        while b != 0:
            t = a % b
            a = b
            b = t
        result = a
    return newint(result)


def one_natural(space, name, args, negative_message):
    """The single int argument of ``name``, which must not be negative."""
    pybuiltins.no_keywords(space, name, args)
    if len(args.args_w) != 1:
        raise space.type_error("%s() takes exactly one argument (%d given)" % (name, len(args.args_w)))
    w_n = args.args_w[0]
    if not is_int(w_n):
        raise space.type_error("'%s' object cannot be interpreted as an integer" % space.type_name(w_n))
    if space.order_w(bc.CMP_LT, w_n, newint(0)):
        raise space.error(space.w_ValueError, negative_message)
    return w_n


def m_factorial(space, args):
    w_n = one_natural(space, "factorial", args, "factorial() not defined for negative values")
    w_result = newint(1)
    n = space.int_w(w_n)
    for i in range(2, n + 1):
        w_result = space.binary_op(bc.OP_MUL, w_result, newint(i))
    return w_result


def m_isqrt(space, args):
    """Integer square root by Newton's method on (possibly big) ints."""
    w_n = one_natural(space, "isqrt", args, "isqrt() argument must be nonnegative")
    if space.order_w(bc.CMP_LT, w_n, newint(2)):
        return w_n
    # Start above the root: 2 ** ceil(bits / 2).
    bits = bigint_of(w_n).bit_length()
    w_x = space.binary_op(bc.OP_LSHIFT, newint(1), newint((bits + 1) // 2))
    while True:
        w_y = space.binary_op(bc.OP_FLOORDIV, space.binary_op(
            bc.OP_ADD, w_x, space.binary_op(bc.OP_FLOORDIV, w_n, w_x)), newint(2))
        if not space.order_w(bc.CMP_LT, w_y, w_x):
            return w_x
        w_x = w_y


def m_prod(space, args):
    if len(args.args_w) != 1:
        raise space.type_error("prod() takes exactly one argument (%d given)" % len(args.args_w))
    w_result = newint(1)
    k = 0
    while k < len(args.keywords):
        if args.keywords[k] != "start":
            raise space.type_error("'%s' is an invalid keyword argument for prod()" % args.keywords[k])
        w_result = args.keywords_w[k]
        k += 1
    for w_item in space.unpack_iterable(args.args_w[0]):
        w_result = space.binary_op(bc.OP_MUL, w_result, w_item)
    return w_result


def m_trunc(space, args):
    pybuiltins.no_keywords(space, "trunc", args)
    if len(args.args_w) == 1 and is_int(args.args_w[0]):
        return args.args_w[0]
    return pybuiltins.float_to_int(space, one_float(space, "trunc", args))


def m_degrees(space, args):
    return newfloat(one_float(space, "degrees", args) * (180.0 / math.pi))


def m_radians(space, args):
    return newfloat(one_float(space, "radians", args) * (math.pi / 180.0))


def m_hypot(space, args):
    xs = two_floats(space, "hypot", args)
    return newfloat(math.sqrt(xs[0] * xs[0] + xs[1] * xs[1]))


def m_isclose(space, args):
    """``isclose(a, b, rel_tol=1e-09, abs_tol=0.0)``."""
    if len(args.args_w) != 2:
        raise space.type_error("isclose() takes exactly 2 positional arguments (%d given)" % len(args.args_w))
    a = space.float_w(args.args_w[0])
    b = space.float_w(args.args_w[1])
    rel_tol = 1e-09
    abs_tol = 0.0
    k = 0
    while k < len(args.keywords):
        if args.keywords[k] == "rel_tol":
            rel_tol = space.float_w(args.keywords_w[k])
        elif args.keywords[k] == "abs_tol":
            abs_tol = space.float_w(args.keywords_w[k])
        else:
            raise space.type_error("'%s' is an invalid keyword argument for isclose()" % args.keywords[k])
        k += 1
    if a == b:
        return newbool(True)
    if math.isinf(a) or math.isinf(b):
        return newbool(False)
    diff = math.fabs(b - a)
    return newbool(diff <= math.fabs(rel_tol * b) or diff <= math.fabs(rel_tol * a) or diff <= abs_tol)


def make_math(space):
    w_math = new_module(space, "math")
    add(space, w_math, "pi", newfloat(math.pi))
    add(space, w_math, "e", newfloat(math.e))
    add(space, w_math, "inf", newfloat(math.inf))
    add(space, w_math, "nan", newfloat(math.inf - math.inf))
    add_function(space, w_math, "sqrt", m_sqrt)
    add_function(space, w_math, "floor", m_floor)
    add_function(space, w_math, "ceil", m_ceil)
    add_function(space, w_math, "fabs", m_fabs)
    add_function(space, w_math, "sin", m_sin)
    add_function(space, w_math, "cos", m_cos)
    add_function(space, w_math, "tan", m_tan)
    add_function(space, w_math, "exp", m_exp)
    add_function(space, w_math, "log", m_log)
    add_function(space, w_math, "atan2", m_atan2)
    add_function(space, w_math, "pow", m_pow)
    add_function(space, w_math, "isnan", m_isnan)
    add_function(space, w_math, "isinf", m_isinf)
    add_function(space, w_math, "gcd", m_gcd)
    add_function(space, w_math, "factorial", m_factorial)
    add_function(space, w_math, "isqrt", m_isqrt)
    add_function(space, w_math, "prod", m_prod)
    add_function(space, w_math, "trunc", m_trunc)
    add_function(space, w_math, "degrees", m_degrees)
    add_function(space, w_math, "radians", m_radians)
    add_function(space, w_math, "hypot", m_hypot)
    add_function(space, w_math, "isclose", m_isclose)
    add(space, w_math, "tau", newfloat(2.0 * math.pi))
    return w_math
