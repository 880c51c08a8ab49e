"""Callables and modules: code objects, functions, bound methods, built-in
functions and methods, modules."""

from model import W_Root


class W_CodeObject(W_Root):
    """A compiled code object as a constant of its enclosing code."""

    def __init__(self, code):
        self.code = code

    def getclass(self, space):
        return space.w_object


class W_CellObject(W_Root):
    """A variable shared between a function and the closures created in
    it; ``w_value`` is None while unbound."""

    def __init__(self, w_value):
        self.w_value = w_value

    def getclass(self, space):
        return space.w_object


class W_FunctionObject(W_Root):
    """A function defined by ``def`` or ``lambda``: code, globals, default
    values and the cells of its free variables."""

    def __init__(self, code, w_globals, defaults_w, closure):
        self.code = code
        self.w_globals = w_globals
        self.defaults_w = defaults_w
        self.closure = closure
        # Defaults of keyword-only parameters (a dict object) or None.
        self.w_kw_defaults = None
        self.name = code.name
        # The class whose body defined the function (for ``super()``).
        self.w_class = None
        # Attributes set by the program (``f.calls = 0``), or None.
        self.w_attrs = None

    def getclass(self, space):
        return space.w_function


class W_MethodObject(W_Root):
    """A function bound to an instance (``obj.method``)."""

    def __init__(self, w_self, w_function):
        self.w_self = w_self
        self.w_function = w_function

    def getclass(self, space):
        return space.w_method


class W_SuperObject(W_Root):
    """``super()``: attribute lookup starting after ``w_start`` in the
    base chain, bound to ``w_self``."""

    def __init__(self, w_start, w_self):
        self.w_start = w_start
        self.w_self = w_self

    def getclass(self, space):
        return space.w_super


class W_StaticMethod(W_Root):
    """``staticmethod(f)``: read through a class or instance, gives ``f``."""

    def __init__(self, w_function):
        self.w_function = w_function

    def getclass(self, space):
        return space.w_staticmethod


class W_ClassMethod(W_Root):
    """``classmethod(f)``: read through a class or instance, gives ``f``
    bound to the class."""

    def __init__(self, w_function):
        self.w_function = w_function

    def getclass(self, space):
        return space.w_classmethod


class W_Property(W_Root):
    """``property(fget, fset)``: attribute access on instances calls the
    getter (or the setter); either may be None."""

    def __init__(self, w_getter, w_setter):
        self.w_getter = w_getter
        self.w_setter = w_setter

    def getclass(self, space):
        return space.w_property


class Arguments(object):
    """The arguments of a call: positional values, then keyword names with
    their values."""

    def __init__(self, args_w, keywords, keywords_w):
        self.args_w = args_w
        self.keywords = keywords
        self.keywords_w = keywords_w

    def prepend(self, w_first):
        return Arguments([w_first] + self.args_w, self.keywords, self.keywords_w)


class W_BuiltinFunction(W_Root):
    """A built-in function implemented at interpreter level as
    ``func(space, args) -> W_Root``."""

    def __init__(self, name, func):
        self.name = name
        self.func = func

    def getclass(self, space):
        return space.w_builtin_function


class W_BuiltinMethod(W_Root):
    """A method of a built-in type bound to its receiver (``lst.append``);
    calling it dispatches on the method name."""

    def __init__(self, w_self, name):
        self.w_self = w_self
        self.name = name

    def getclass(self, space):
        return space.w_builtin_function


class W_UnboundBuiltinMethod(W_Root):
    """A method of a built-in type read from the type (``str.lower``):
    calling it calls the method on its first argument."""

    def __init__(self, w_type, name):
        self.w_type = w_type
        self.name = name

    def getclass(self, space):
        return space.w_builtin_function


class W_ModuleObject(W_Root):
    """A module: its name and its globals dict."""

    def __init__(self, name, w_dict, filename):
        self.name = name
        self.w_dict = w_dict
        self.filename = filename

    def getclass(self, space):
        return space.w_module
