"""Methods of the built-in types str, list and dict.

``call_method`` dispatches on the receiver's class, then on the method
name.  Method objects are only allocated when a method is read without
being called (``f = lst.append``), see objspace.find_attr.
"""


import bytecode as bc
import formatting
from model import W_FloatObject
from longobject import W_LongObject, bigint_of
from model import W_NoneObject, W_IntObject, w_None, newint, newbool, float_is_integral
from strobject import W_StrObject
from listobject import W_ListObject, W_TupleObject
from dictobject import W_DictObject, W_DictViewObject, VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS
from funcobject import Arguments, W_Property
from setobject import W_SetObject
from bytesobject import W_BytesObject
import bytesobject
from iterobject import W_GeneratorObject
from error import OperationError
import setobject

STR_METHODS = ["join", "split", "strip", "lstrip", "rstrip", "find", "rfind", "count",
               "startswith", "endswith", "replace", "upper", "lower", "capitalize",
               "isdigit", "isalpha", "isspace", "format", "index", "rindex", "splitlines", "title",
               "isupper", "islower", "ljust", "rjust", "center", "zfill", "isalnum",
               "partition", "rpartition", "removeprefix", "removesuffix", "swapcase", "rsplit",
               "encode", "isnumeric", "isdecimal", "isascii", "casefold", "istitle",
               "isidentifier", "expandtabs", "translate"]
# bytes share str's methods through ``call_bytes_method``, plus these.
BYTES_ONLY_METHODS = ["decode", "hex"]
BYTES_METHODS = [name for name in STR_METHODS if name != "encode" and name != "format"] + \
    BYTES_ONLY_METHODS
LIST_METHODS = ["append", "pop", "insert", "extend", "reverse", "index", "remove",
                "count", "sort", "copy", "clear"]
FROZENSET_METHODS = ["copy", "union", "intersection", "difference", "symmetric_difference",
                     "issubset", "issuperset", "isdisjoint"]
SET_METHODS = FROZENSET_METHODS + ["add", "remove", "discard", "pop", "clear", "update",
                                   "difference_update", "intersection_update",
                                   "symmetric_difference_update"]
DICT_METHODS = ["get", "keys", "values", "items", "pop", "setdefault", "clear", "copy",
                "update", "popitem"]
INT_METHODS = ["bit_length"]
FLOAT_METHODS = ["is_integer"]


# Special methods of built-in values called explicitly (``lst.__len__()``,
# ``super().__setitem__(k, v)`` style code): each runs the space operation.
VALUE_DUNDERS = ["__len__", "__contains__", "__getitem__", "__setitem__", "__delitem__",
                 "__iter__", "__repr__", "__str__", "__hash__", "__eq__", "__ne__",
                 "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__sub__", "__mul__",
                 "__truediv__", "__floordiv__", "__mod__", "__pow__", "__neg__", "__bool__"]
COMPARISON_DUNDERS = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
ARITHMETIC_DUNDERS = ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
                      "__pow__"]


def has_value_dunder(w_obj, name):
    """Whether the built-in value's type defines the special method."""
    if name not in VALUE_DUNDERS:
        return False
    number = isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject) or \
        isinstance(w_obj, W_FloatObject)
    text = isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_BytesObject)
    sequence = text or isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject)
    mapping = isinstance(w_obj, W_DictObject)
    if not (number or sequence or mapping or isinstance(w_obj, W_SetObject)):
        return False
    if name == "__setitem__" or name == "__delitem__":
        return mapping or isinstance(w_obj, W_ListObject)
    if name == "__len__" or name == "__contains__" or name == "__iter__":
        return not number
    if name == "__getitem__":
        return sequence or mapping
    if name == "__neg__":
        return number
    if name == "__add__" or name == "__mul__":
        return number or sequence
    if name == "__mod__":
        return number or text
    if name in ARITHMETIC_DUNDERS:
        return number
    return True


def call_value_dunder(space, w_obj, name, args):
    args_w = args.args_w
    if name in COMPARISON_DUNDERS:
        check_args(space, name, args, 1, 1)
        # The list follows the CMP_LT ... CMP_GE numbering.
        return space.compare(COMPARISON_DUNDERS.index(name), w_obj, args_w[0])
    if name in ARITHMETIC_DUNDERS:
        check_args(space, name, args, 1, 1)
        # The list follows the OP_ADD ... OP_POW numbering.
        return space.binary_op(ARITHMETIC_DUNDERS.index(name), w_obj, args_w[0])
    if name == "__getitem__" or name == "__contains__" or name == "__delitem__":
        check_args(space, name, args, 1, 1)
        if name == "__getitem__":
            return space.getitem(w_obj, args_w[0])
        if name == "__contains__":
            return newbool(space.contains_w(w_obj, args_w[0]))
        space.delitem(w_obj, args_w[0])
        return w_None
    if name == "__setitem__":
        check_args(space, name, args, 2, 2)
        space.setitem(w_obj, args_w[0], args_w[1])
        return w_None
    check_args(space, name, args, 0, 0)
    if name == "__len__":
        return newint(space.len_w(w_obj))
    if name == "__iter__":
        return space.iter(w_obj)
    if name == "__repr__":
        return space.repr(w_obj)
    if name == "__str__":
        return space.str(w_obj)
    if name == "__hash__":
        return newint(space.hash_w(w_obj))
    if name == "__bool__":
        return newbool(space.is_true(w_obj))
    return space.neg(w_obj)


def has_method(space, w_obj, name):
    if has_value_dunder(w_obj, name):
        return True
    if isinstance(w_obj, W_StrObject):
        return name in STR_METHODS
    if isinstance(w_obj, W_BytesObject):
        return name in BYTES_METHODS
    if isinstance(w_obj, W_ListObject):
        return name in LIST_METHODS
    if isinstance(w_obj, W_DictObject):
        return name in DICT_METHODS
    if isinstance(w_obj, W_TupleObject):
        return name == "index" or name == "count"
    if isinstance(w_obj, W_Property):
        return name == "setter" or name == "getter"
    if isinstance(w_obj, W_SetObject):
        if w_obj.is_frozen():
            return name in FROZENSET_METHODS
        return name in SET_METHODS
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
        return name in INT_METHODS
    if isinstance(w_obj, W_FloatObject):
        return name in FLOAT_METHODS
    if isinstance(w_obj, W_GeneratorObject):
        return name == "send" or name == "throw" or name == "close"
    return False


def type_has_method(space, w_type, name):
    """Whether instances of the built-in type ``w_type`` have the method."""
    if w_type is space.w_str:
        return name in STR_METHODS
    if w_type is space.w_bytes:
        return name in BYTES_METHODS
    if w_type is space.w_list:
        return name in LIST_METHODS
    if w_type is space.w_dict:
        return name in DICT_METHODS
    if w_type is space.w_set:
        return name in SET_METHODS
    if w_type is space.w_frozenset:
        return name in FROZENSET_METHODS
    if w_type is space.w_tuple:
        return name == "index" or name == "count"
    return False


def check_args(space, name, args, minimum, maximum):
    n = len(args.args_w)
    if len(args.keywords) > 0:
        raise space.type_error("%s() takes no keyword arguments" % name)
    if n < minimum or n > maximum:
        if minimum == maximum:
            if minimum == 0:
                raise space.type_error("%s() takes no arguments (%d given)" % (name, n))
            if minimum == 1:
                raise space.type_error("%s() takes exactly one argument (%d given)" % (name, n))
            raise space.type_error("%s expected %d arguments, got %d" % (name, minimum, n))
        if n < minimum:
            raise space.type_error("%s expected at least %d argument%s, got %d" % (
                name, minimum, "s" if minimum != 1 else "", n))
        raise space.type_error("%s expected at most %d argument%s, got %d" % (
            name, maximum, "s" if maximum != 1 else "", n))


def call_method(space, w_obj, name, args):
    if has_value_dunder(w_obj, name):
        return call_value_dunder(space, w_obj, name, args)
    if isinstance(w_obj, W_StrObject):
        return call_str_method(space, w_obj, name, args)
    if isinstance(w_obj, W_BytesObject):
        return call_bytes_method(space, w_obj, name, args)
    if isinstance(w_obj, W_ListObject):
        return call_list_method(space, w_obj, name, args)
    if isinstance(w_obj, W_DictObject):
        return call_dict_method(space, w_obj, name, args)
    if isinstance(w_obj, W_TupleObject):
        return call_seq_method(space, w_obj.items_w, "tuple", name, args)
    if isinstance(w_obj, W_SetObject):
        return call_set_method(space, w_obj, name, args)
    if isinstance(w_obj, W_GeneratorObject):
        return call_generator_method(space, w_obj, name, args)
    if name == "bit_length" and (isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject)):
        check_args(space, name, args, 0, 0)
        return newint(bigint_of(w_obj).bit_length())
    if name == "is_integer" and isinstance(w_obj, W_FloatObject):
        check_args(space, name, args, 0, 0)
        f = w_obj.floatval
        return newbool(float_is_integral(f))
    if isinstance(w_obj, W_Property):
        check_args(space, name, args, 1, 1)
        if name == "setter":
            return W_Property(w_obj.w_getter, args.args_w[0])
        return W_Property(args.args_w[0], w_obj.w_setter)
    raise space.attribute_error(w_obj, name)


# ---- str ----------------------------------------------------------------

def call_str_method(space, w_str, name, args):
    s = w_str.value
    args_w = args.args_w
    if name == "encode":
        check_args(space, name, args, 0, 2)
        if len(args_w) > 0:
            check_encoding(space, space.str_w(args_w[0]))
        return W_BytesObject(bytesobject.encode_utf8(s))
    if name == "join":
        check_args(space, name, args, 1, 1)
        pieces = []
        for w_item in space.unpack_iterable(args_w[0]):
            if not isinstance(w_item, W_StrObject):
                raise space.type_error("sequence item %d: expected str instance, %s found" % (
                    len(pieces), space.type_name(w_item)))
            pieces.append(w_item.value)
        return space.newstr(s.join(pieces))
    if name == "split":
        check_args(space, name, args, 0, 2)
        maxsplit = -1
        if len(args_w) == 2:
            maxsplit = space.int_w(args_w[1])
        if len(args_w) == 0 or isinstance(args_w[0], W_NoneObject):
            parts = split_whitespace(s, maxsplit)
        else:
            sep = space.str_w(args_w[0])
            if sep == "":
                raise space.error(space.w_ValueError, "empty separator")
            parts = split_sep(s, sep, maxsplit)
        return wrap_str_list(space, parts)
    if name == "splitlines":
        check_args(space, name, args, 0, 1)
        keepends = len(args_w) == 1 and space.is_true(args_w[0])
        return wrap_str_list(space, split_lines(s, keepends))
    if name == "strip" or name == "lstrip" or name == "rstrip":
        check_args(space, name, args, 0, 1)
        chars = " \t\n\r\x0b\x0c"
        if len(args_w) == 1 and not isinstance(args_w[0], W_NoneObject):
            chars = space.str_w(args_w[0])
        start = 0
        end = len(s)
        if name != "rstrip":
            while start < end and chars.find(s[start]) >= 0:
                start += 1
        if name != "lstrip":
            while end > start and chars.find(s[end - 1]) >= 0:
                end -= 1
        return space.newstr(s[start:end])
    if name == "find" or name == "rfind" or name == "index" or name == "rindex" or name == "count":
        check_args(space, name, args, 1, 3)
        sub = space.str_w(args_w[0])
        start = 0
        end = len(s)
        if len(args_w) > 1:
            start = space.slice_bound(args_w[1], len(s), 0)
        if len(args_w) > 2:
            end = space.slice_bound(args_w[2], len(s), len(s))
        if end < start:
            end = start
        part = s[start:end]
        if name == "count":
            return newint(count_sub(part, sub))
        if name == "rfind" or name == "rindex":
            pos = part.rfind(sub)
        else:
            pos = part.find(sub)
        if pos >= 0:
            pos += start
        elif name == "index" or name == "rindex":
            raise space.error(space.w_ValueError, "substring not found")
        return newint(pos)
    if name == "startswith" or name == "endswith":
        check_args(space, name, args, 1, 3)
        w_arg = args_w[0]
        if len(args_w) > 1:
            start = space.slice_bound(args_w[1], len(s), 0)
            end = len(s)
            if len(args_w) > 2:
                end = space.slice_bound(args_w[2], len(s), len(s))
            if end < start:
                end = start
            s = s[start:end]
        if isinstance(w_arg, W_TupleObject):
            for w_item in w_arg.items_w:
                if affix_matches(s, space.str_w(w_item), name == "startswith"):
                    return newbool(True)
            return newbool(False)
        return newbool(affix_matches(s, space.str_w(w_arg), name == "startswith"))
    if name == "replace":
        check_args(space, name, args, 2, 3)
        old = space.str_w(args_w[0])
        new = space.str_w(args_w[1])
        if len(args_w) == 3:
            limit = space.int_w(args_w[2])
            if limit >= 0:
                return space.newstr(replace_limited(s, old, new, limit))
        if old == "":
            pieces = [""]
            for ch in s:
                pieces.append(ch)
            pieces.append("")
            return space.newstr(new.join(pieces))
        return space.newstr(s.replace(old, new))
    if name == "upper":
        check_args(space, name, args, 0, 0)
        return space.newstr(s.upper())
    if name == "lower":
        check_args(space, name, args, 0, 0)
        return space.newstr(s.lower())
    if name == "capitalize":
        check_args(space, name, args, 0, 0)
        return space.newstr(s.capitalize())
    if name == "title":
        check_args(space, name, args, 0, 0)
        out = []
        prev_letter = False
        for ch in s:
            if ch.isalpha():
                if prev_letter:
                    out.append(ch.lower())
                else:
                    out.append(ch.upper())
                prev_letter = True
            else:
                out.append(ch)
                prev_letter = False
        return space.newstr("".join(out))
    if name == "isdigit" or name == "isnumeric" or name == "isdecimal":
        check_args(space, name, args, 0, 0)
        return newbool(len(s) > 0 and s.isdigit())
    if name == "isascii":
        check_args(space, name, args, 0, 0)
        for ch in s:
            if ord(ch) >= 0x80:
                return newbool(False)
        return newbool(True)
    if name == "translate":
        check_args(space, name, args, 1, 1)
        return space.newstr(translate(space, s, args_w[0]))
    if name == "casefold":
        check_args(space, name, args, 0, 0)
        return space.newstr(s.lower())
    if name == "istitle":
        check_args(space, name, args, 0, 0)
        return newbool(is_title(s))
    if name == "isidentifier":
        check_args(space, name, args, 0, 0)
        return newbool(is_identifier(s))
    if name == "expandtabs":
        check_args(space, name, args, 0, 1)
        tabsize = 8
        if len(args_w) == 1:
            tabsize = space.int_w(args_w[0])
        return space.newstr(expand_tabs(s, tabsize))
    if name == "isalpha":
        check_args(space, name, args, 0, 0)
        return newbool(len(s) > 0 and s.isalpha())
    if name == "isspace":
        check_args(space, name, args, 0, 0)
        return newbool(len(s) > 0 and s.isspace())
    if name == "isalnum":
        check_args(space, name, args, 0, 0)
        for ch in s:
            if not (ch.isalpha() or ch.isdigit()):
                return newbool(False)
        return newbool(len(s) > 0)
    if name == "isupper" or name == "islower":
        check_args(space, name, args, 0, 0)
        cased = False
        for ch in s:
            if ch.isalpha():
                if name == "isupper" and ch.lower() == ch and ch.upper() != ch:
                    return newbool(False)
                if name == "islower" and ch.upper() == ch and ch.lower() != ch:
                    return newbool(False)
                if ch.upper() != ch.lower():
                    cased = True
        return newbool(cased)
    if name == "ljust" or name == "rjust" or name == "center":
        check_args(space, name, args, 1, 2)
        width = space.int_w(args_w[0])
        fill = " "
        if len(args_w) == 2:
            fill = space.str_w(args_w[1])
        missing = width - len(s)
        if missing <= 0:
            return w_str
        if name == "ljust":
            return space.newstr(s + fill * missing)
        if name == "rjust":
            return space.newstr(fill * missing + s)
        left = missing // 2
        if missing % 2 == 1 and width % 2 == 1:
            left += 1
        return space.newstr(fill * left + s + fill * (missing - left))
    if name == "zfill":
        check_args(space, name, args, 1, 1)
        width = space.int_w(args_w[0])
        missing = width - len(s)
        if missing <= 0:
            return w_str
        if len(s) > 0 and (s[0] == "-" or s[0] == "+"):
            return space.newstr(s[0] + "0" * missing + s[1:])
        return space.newstr("0" * missing + s)
    if name == "format":
        return space.newstr(str_format(space, s, args))
    if name == "partition" or name == "rpartition":
        check_args(space, name, args, 1, 1)
        sep = space.str_w(args_w[0])
        if sep == "":
            raise space.error(space.w_ValueError, "empty separator")
        if name == "partition":
            pos = s.find(sep)
        else:
            pos = s.rfind(sep)
        if pos < 0:
            if name == "partition":
                return W_TupleObject([w_str, space.newstr(""), space.newstr("")])
            return W_TupleObject([space.newstr(""), space.newstr(""), w_str])
        return W_TupleObject([space.newstr(s[:pos]), space.newstr(sep),
                              space.newstr(s[pos + len(sep):])])
    if name == "removeprefix":
        check_args(space, name, args, 1, 1)
        prefix = space.str_w(args_w[0])
        if s.startswith(prefix):
            return space.newstr(s[len(prefix):])
        return w_str
    if name == "removesuffix":
        check_args(space, name, args, 1, 1)
        suffix = space.str_w(args_w[0])
        if suffix != "" and s.endswith(suffix):
            return space.newstr(s[:len(s) - len(suffix)])
        return w_str
    if name == "swapcase":
        check_args(space, name, args, 0, 0)
        out = []
        for ch in s:
            if ch.upper() != ch:
                out.append(ch.upper())
            else:
                out.append(ch.lower())
        return space.newstr("".join(out))
    if name == "rsplit":
        check_args(space, name, args, 0, 2)
        maxsplit = -1
        if len(args_w) == 2:
            maxsplit = space.int_w(args_w[1])
        if len(args_w) == 0 or isinstance(args_w[0], W_NoneObject):
            if maxsplit < 0:
                return wrap_str_list(space, split_whitespace(s, -1))
            raise space.error(space.w_ValueError, "rsplit on whitespace with maxsplit is not supported yet")
        sep = space.str_w(args_w[0])
        if sep == "":
            raise space.error(space.w_ValueError, "empty separator")
        parts = []
        end = len(s)
        while maxsplit < 0 or len(parts) < maxsplit:
            pos = s.rfind(sep, 0, end)
            if pos < 0:
                break
            parts.append(s[pos + len(sep):end])
            end = pos
        parts.append(s[:end])
        parts.reverse()
        return wrap_str_list(space, parts)
    raise space.attribute_error(w_str, name)


def translate(space, s, w_table):
    """``s.translate(table)``: the table maps code points to a str, a code
    point or None (delete); characters it lacks stay."""
    out = []
    for ch in s:
        try:
            w_new = space.getitem(w_table, newint(ord(ch)))
        except OperationError as e:
            if space.exception_matches(e.w_value, space.exceptions["LookupError"]):
                out.append(ch)
                continue
            raise
        if isinstance(w_new, W_NoneObject):
            continue
        if isinstance(w_new, W_StrObject):
            out.append(w_new.value)
        else:
            out.append(chr(space.int_w(w_new)))
    return "".join(out)


def str_maketrans(space, args):
    """``str.maketrans(dict)`` or ``str.maketrans(from, to[, delete])``."""
    args_w = args.args_w
    w_table = W_DictObject()
    if len(args_w) == 1:
        w_map = args_w[0]
        if not isinstance(w_map, W_DictObject):
            raise space.type_error("if you give only one argument to maketrans it must be a dict")
        for w_key in w_map.live_keys():
            w_value = w_map.getitem(space, w_key)
            if isinstance(w_key, W_StrObject):
                if len(w_key.value) != 1:
                    raise space.error(space.w_ValueError, "string keys in translate table must be of length 1")
                w_key = newint(ord(w_key.value))
            w_table.setitem(space, w_key, w_value)
        return w_table
    if len(args_w) < 2 or len(args_w) > 3:
        raise space.type_error("maketrans() takes 1 to 3 arguments (%d given)" % len(args_w))
    source = space.str_w(args_w[0])
    target = space.str_w(args_w[1])
    if len(source) != len(target):
        raise space.error(space.w_ValueError, "the first two maketrans arguments must have equal length")
    i = 0
    while i < len(source):
        w_table.setitem(space, newint(ord(source[i])), newint(ord(target[i])))
        i += 1
    if len(args_w) == 3:
        for ch in space.str_w(args_w[2]):
            w_table.setitem(space, newint(ord(ch)), w_None)
    return w_table


def is_title(s):
    """Uppercase letters only start words, lowercase ones only follow
    letters; at least one cased letter."""
    cased = False
    previous_cased = False
    for ch in s:
        # Upper case: lowering changes it; lower case: uppering does.
        if ch.lower() != ch:
            if previous_cased:
                return False
            previous_cased = True
            cased = True
        elif ch.upper() != ch:
            if not previous_cased:
                return False
            previous_cased = True
            cased = True
        else:
            previous_cased = False
    return cased


def is_identifier(s):
    if len(s) == 0 or s[0].isdigit():
        return False
    for ch in s:
        if not (ch.isalpha() or ch.isdigit() or ch == "_"):
            return False
    return True


def expand_tabs(s, tabsize):
    out = []
    column = 0
    for ch in s:
        if ch == "\t":
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                out.append(" " * spaces)
                column += spaces
        elif ch == "\n" or ch == "\r":
            out.append(ch)
            column = 0
        else:
            out.append(ch)
            column += 1
    return "".join(out)


def split_lines(s, keepends):
    """``str.splitlines``: lines end at \\n, \\r or \\r\\n."""
    lines = []
    start = 0
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "\n" or ch == "\r":
            end = i
            i += 1
            if ch == "\r" and i < n and s[i] == "\n":
                i += 1
            if keepends:
                end = i
            lines.append(s[start:end])
            start = i
        else:
            i += 1
    if start < n:
        lines.append(s[start:])
    return lines


def replace_limited(s, old, new, limit):
    """``s.replace(old, new, limit)`` for limit >= 0."""
    out = []
    start = 0
    count = 0
    while count < limit:
        if old == "":
            if start > len(s):
                break
            out.append(new)
            if start < len(s):
                out.append(s[start])
            start += 1
        else:
            pos = s.find(old, start)
            if pos < 0:
                break
            out.append(s[start:pos])
            out.append(new)
            start = pos + len(old)
        count += 1
    if start <= len(s):
        out.append(s[start:])
    return "".join(out)


def check_encoding(space, encoding):
    """Only UTF-8 (and its ASCII subset) is supported."""
    lowered = encoding.lower().replace("_", "-")
    if lowered != "utf-8" and lowered != "utf8" and lowered != "ascii":
        raise space.error(space.exceptions["LookupError"], "unknown encoding: " + encoding)


# ---- bytes --------------------------------------------------------------

def call_bytes_method(space, w_bytes, name, args):
    """bytes methods: ``decode`` and ``hex``, the others run str's method
    on the same characters (see bytesobject) and convert the results."""
    if name == "decode":
        check_args(space, name, args, 0, 2)
        if len(args.args_w) > 0:
            check_encoding(space, space.str_w(args.args_w[0]))
        try:
            return space.newstr(bytesobject.decode_utf8(w_bytes.value))
        except UnicodeDecodeError:
            raise space.error(space.w_ValueError, "'utf-8' codec can't decode bytes")
    if name == "hex":
        check_args(space, name, args, 0, 0)
        return space.newstr(bytesobject.to_hex(w_bytes.value))
    if name not in BYTES_METHODS:
        raise space.attribute_error(w_bytes, name)
    args_w = []
    for w_arg in args.args_w:
        if name == "join":
            items_w = []
            for w_item in space.unpack_iterable(w_arg):
                items_w.append(bytes_as_str(space, w_item))
            args_w.append(W_ListObject(items_w))
        else:
            args_w.append(bytes_as_str(space, w_arg))
    w_result = call_str_method(space, W_StrObject(w_bytes.value), name,
                               Arguments(args_w, args.keywords, args.keywords_w))
    return str_results_as_bytes(w_result)


def bytes_as_str(space, w_arg):
    if isinstance(w_arg, W_BytesObject):
        return W_StrObject(w_arg.value)
    if isinstance(w_arg, W_StrObject):
        raise space.type_error("a bytes-like object is required, not 'str'")
    return w_arg


def str_results_as_bytes(w_result):
    if isinstance(w_result, W_StrObject):
        return W_BytesObject(w_result.value)
    if isinstance(w_result, W_ListObject):
        items_w = []
        for w_item in w_result.read_items():
            items_w.append(str_results_as_bytes(w_item))
        return W_ListObject(items_w)
    if isinstance(w_result, W_TupleObject):
        items_w = []
        for w_item in w_result.items_w:
            items_w.append(str_results_as_bytes(w_item))
        return W_TupleObject(items_w)
    return w_result


def wrap_str_list(space, parts):
    items_w = []
    for part in parts:
        items_w.append(space.newstr(part))
    return W_ListObject(items_w)


def split_whitespace(s, maxsplit):
    parts = []
    i = 0
    n = len(s)
    while True:
        while i < n and s[i].isspace():
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            end = n
            while end > i and s[end - 1].isspace():
                end -= 1
            parts.append(s[i:end])
            break
        start = i
        while i < n and not s[i].isspace():
            i += 1
        parts.append(s[start:i])
    return parts


def split_sep(s, sep, maxsplit):
    if maxsplit < 0:
        return s.split(sep)
    parts = []
    start = 0
    while len(parts) < maxsplit:
        pos = s.find(sep, start)
        if pos < 0:
            break
        parts.append(s[start:pos])
        start = pos + len(sep)
    parts.append(s[start:])
    return parts


def count_sub(s, sub):
    if sub == "":
        return len(s) + 1
    return s.count(sub)


def affix_matches(s, affix, at_start):
    if at_start:
        return s.startswith(affix)
    return s.endswith(affix)


def str_format(space, fmt, args):
    """``fmt.format(*args, **kwargs)`` with ``{}``, ``{0}``, ``{name}``,
    attribute and index accessors (``{0.x}``, ``{0[1]}``), conversions and
    format specs, which may contain nested fields (``{:{width}}``)."""
    out = []
    i = 0
    n = len(fmt)
    auto = [0]
    while i < n:
        ch = fmt[i]
        if ch == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                out.append("{")
                i += 2
                continue
            end = matching_brace(fmt, i)
            if end < 0:
                raise space.error(space.w_ValueError, "Single '{' encountered in format string")
            out.append(format_field(space, fmt[i + 1:end], args, auto))
            i = end + 1
        elif ch == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                out.append("}")
                i += 2
                continue
            raise space.error(space.w_ValueError, "Single '}' encountered in format string")
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def matching_brace(fmt, start):
    """Index of the '}' closing the '{' at ``start`` (fields nest in specs)."""
    depth = 0
    i = start
    while i < len(fmt):
        if fmt[i] == "{":
            depth += 1
        elif fmt[i] == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def format_field(space, field, args, auto):
    """One replacement field ``name[.attr|[key]]*[!conv][:spec]``; ``auto``
    holds the next automatic argument index."""
    spec = ""
    colon = field.find(":")
    if colon >= 0:
        spec = field[colon + 1:]
        field = field[:colon]
        if spec.find("{") >= 0:
            spec = str_format(space, spec, args)
    conversion = ""
    bang = field.find("!")
    if bang >= 0:
        conversion = field[bang + 1:]
        field = field[:bang]
    end = 0
    while end < len(field) and field[end] != "." and field[end] != "[":
        end += 1
    w_value = field_argument(space, field[:end], args, auto)
    while end < len(field):
        if field[end] == ".":
            stop = end + 1
            while stop < len(field) and field[stop] != "." and field[stop] != "[":
                stop += 1
            w_value = space.getattr(w_value, field[end + 1:stop])
            end = stop
        else:
            stop = field.find("]", end)
            if stop < 0:
                raise space.error(space.w_ValueError, "Missing ']' in format string")
            key = field[end + 1:stop]
            if key.isdigit():
                w_value = space.getitem(w_value, space.newint(int(key)))
            else:
                w_value = space.getitem(w_value, space.newstr(key))
            end = stop + 1
    if conversion == "r":
        w_value = space.repr(w_value)
    elif conversion == "s":
        w_value = space.str(w_value)
    elif conversion == "a":
        w_value = space.ascii(w_value)
    return formatting.format_value(space, w_value, spec)


def field_argument(space, name, args, auto):
    if name == "" or name.isdigit():
        if name == "":
            index = auto[0]
            auto[0] += 1
        else:
            index = int(name)
        if index >= len(args.args_w):
            raise space.error(space.exceptions["IndexError"],
                              "Replacement index %d out of range for positional args tuple" % index)
        return args.args_w[index]
    k = 0
    while k < len(args.keywords):
        if args.keywords[k] == name:
            return args.keywords_w[k]
        k += 1
    raise space.error(space.w_KeyError, name)


# ---- list ---------------------------------------------------------------

def call_seq_method(space, items_w, what, name, args):
    args_w = args.args_w
    if name == "index":
        check_args(space, name, args, 1, 3)
        i = 0
        end = len(items_w)
        if len(args_w) > 1:
            i = space.slice_bound(args_w[1], len(items_w), 0)
        if len(args_w) > 2:
            end = space.slice_bound(args_w[2], len(items_w), len(items_w))
        while i < end:
            if space.eq_w(items_w[i], args_w[0]):
                return newint(i)
            i += 1
        if what == "list":
            raise space.error(space.w_ValueError, "%s is not in list" % space.repr_text(args_w[0]))
        raise space.error(space.w_ValueError, "%s.index(x): x not in %s" % (what, what))
    if name == "count":
        check_args(space, name, args, 1, 1)
        count = 0
        for w_item in items_w:
            if space.eq_w(w_item, args_w[0]):
                count += 1
        return newint(count)
    raise space.error(space.w_AttributeError,
                      "'%s' object has no attribute '%s'" % (what, name))


def call_list_method(space, w_list, name, args):
    args_w = args.args_w
    if name == "append":
        check_args(space, name, args, 1, 1)
        w_list.append(args_w[0])
        return w_None
    if name == "pop":
        check_args(space, name, args, 0, 1)
        length = w_list.length()
        if length == 0:
            raise space.error(space.w_IndexError, "pop from empty list")
        index = length - 1
        if len(args_w) == 1:
            index = space.int_w(args_w[0])
            if index < 0:
                index += length
            if index < 0 or index >= length:
                raise space.error(space.w_IndexError, "pop index out of range")
        return w_list.pop(index)
    if name == "insert":
        check_args(space, name, args, 2, 2)
        length = w_list.length()
        index = space.int_w(args_w[0])
        if index < 0:
            index += length
            if index < 0:
                index = 0
        elif index > length:
            index = length
        w_list.insert(index, args_w[1])
        return w_None
    if name == "extend":
        check_args(space, name, args, 1, 1)
        for w_item in space.unpack_iterable(args_w[0]):
            w_list.append(w_item)
        return w_None
    if name == "reverse":
        check_args(space, name, args, 0, 0)
        w_list.reverse()
        return w_None
    if name == "remove":
        check_args(space, name, args, 1, 1)
        i = 0
        while i < w_list.length():
            if space.eq_w(w_list.getitem(i), args_w[0]):
                w_list.delete_at(i)
                return w_None
            i += 1
        raise space.error(space.w_ValueError, "list.remove(x): x not in list")
    if name == "sort":
        reverse = False
        w_key = None
        k = 0
        while k < len(args.keywords):
            if args.keywords[k] == "reverse":
                reverse = space.is_true(args.keywords_w[k])
            elif args.keywords[k] == "key":
                w_key = args.keywords_w[k]
            else:
                raise space.type_error("sort() got an unexpected keyword argument '%s'" % args.keywords[k])
            k += 1
        if len(args_w) > 0:
            raise space.type_error("sort() takes no positional arguments")
        if (w_key is None or isinstance(w_key, W_NoneObject)) and w_list.sort_ints(reverse):
            pass
        elif w_key is None or isinstance(w_key, W_NoneObject):
            sort_items(space, w_list.object_items(), reverse)
        else:
            sort_by_key(space, w_list.object_items(), w_key, reverse)
        return w_None
    if name == "copy":
        check_args(space, name, args, 0, 0)
        return W_ListObject(w_list.items_copy())
    if name == "clear":
        check_args(space, name, args, 0, 0)
        w_list.clear()
        return w_None
    return call_seq_method(space, w_list.read_items(), "list", name, args)


def sort_by_key(space, items_w, w_key, reverse):
    """Sort by ``key(item)``: sort (key, index) pairs, then permute."""
    pairs_w = []
    i = 0
    while i < len(items_w):
        w_k = space.call(w_key, Arguments([items_w[i]], [], []))
        pairs_w.append(W_TupleObject([w_k, newint(i)]))
        i += 1
    sort_pairs(space, pairs_w, reverse)
    original_w = items_w[:]
    i = 0
    while i < len(pairs_w):
        w_pair = pairs_w[i]
        if isinstance(w_pair, W_TupleObject):
            items_w[i] = original_w[space.int_w(w_pair.items_w[1])]
        i += 1


def pair_key(w_pair):
    if isinstance(w_pair, W_TupleObject):
        return w_pair.items_w[0]
    return w_pair


def sort_pairs(space, pairs_w, reverse):
    """Stable merge sort of (key, index) tuples comparing keys only."""
    n = len(pairs_w)
    src = pairs_w[:]
    tmp = pairs_w[:]
    width = 1
    while width < n:
        lo = 0
        while lo < n:
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i = lo
            j = mid
            k = lo
            while i < mid and j < hi:
                if reverse:
                    take_right = space.order_w(bc.CMP_LT, pair_key(src[i]), pair_key(src[j]))
                else:
                    take_right = space.order_w(bc.CMP_LT, pair_key(src[j]), pair_key(src[i]))
                if take_right:
                    tmp[k] = src[j]
                    j += 1
                else:
                    tmp[k] = src[i]
                    i += 1
                k += 1
            while i < mid:
                tmp[k] = src[i]
                i += 1
                k += 1
            while j < hi:
                tmp[k] = src[j]
                j += 1
                k += 1
            lo += 2 * width
        swap = src
        src = tmp
        tmp = swap
        width *= 2
    i = 0
    while i < n:
        pairs_w[i] = src[i]
        i += 1


def sort_items(space, items_w, reverse):
    """Stable sort of the items themselves."""
    pairs_w = []
    i = 0
    while i < len(items_w):
        pairs_w.append(W_TupleObject([items_w[i], newint(i)]))
        i += 1
    sort_pairs(space, pairs_w, reverse)
    i = 0
    while i < len(pairs_w):
        items_w[i] = pair_key(pairs_w[i])
        i += 1


# ---- generators -----------------------------------------------------------

def call_generator_method(space, w_gen, name, args):
    args_w = args.args_w
    if name == "send":
        check_args(space, name, args, 1, 1)
        if not w_gen.started and not isinstance(args_w[0], W_NoneObject):
            raise space.type_error("can't send non-None value to a just-started generator")
        w_value = space.generator_send(w_gen, args_w[0])
    elif name == "throw":
        check_args(space, name, args, 1, 1)
        w_exc = space.make_exception(args_w[0])
        w_value = space.generator_throw(w_gen, OperationError(w_exc))
    elif name == "close":
        check_args(space, name, args, 0, 0)
        space.generator_close(w_gen)
        return w_None
    else:
        raise space.attribute_error(w_gen, name)
    if w_value is None:
        raise space.stop_iteration(w_gen.w_return)
    return w_value


# ---- set ----------------------------------------------------------------

def as_set(space, w_obj):
    if isinstance(w_obj, W_SetObject):
        return w_obj
    return setobject.new_set(space, space.unpack_iterable(w_obj))


def call_set_method(space, w_set, name, args):
    args_w = args.args_w
    if w_set.is_frozen() and name not in FROZENSET_METHODS:
        raise space.attribute_error(w_set, name)
    if name == "add":
        check_args(space, name, args, 1, 1)
        w_set.add(space, args_w[0])
        return w_None
    if name == "remove":
        check_args(space, name, args, 1, 1)
        if not w_set.discard(space, args_w[0]):
            raise space.key_error(args_w[0])
        return w_None
    if name == "discard":
        check_args(space, name, args, 1, 1)
        w_set.discard(space, args_w[0])
        return w_None
    if name == "pop":
        check_args(space, name, args, 0, 0)
        w_item = w_set.pop()
        if w_item is None:
            raise space.error(space.w_KeyError, "pop from an empty set")
        return w_item
    if name == "clear":
        check_args(space, name, args, 0, 0)
        w_set.clear()
        return w_None
    if name == "copy":
        check_args(space, name, args, 0, 0)
        if w_set.is_frozen():
            return w_set
        return setobject.copy_of(space, w_set)
    if name == "update":
        for w_arg in args_w:
            setobject.update(space, w_set, w_arg)
        return w_None
    # The several-operand forms apply CPython's steps left to right.
    if name == "union":
        w_result = setobject.copy_of(space, w_set)
        for w_arg in args_w:
            setobject.update(space, w_result, w_arg)
        return w_result
    if name == "intersection" or name == "intersection_update":
        w_result = w_set
        for w_arg in args_w:
            w_result = setobject.intersection(space, w_result, w_arg)
        if len(args_w) == 0:
            w_result = setobject.copy_of(space, w_set)
        if name == "intersection":
            return w_result
        if w_result is not w_set:
            setobject.replace_contents(w_set, w_result)
        return w_None
    if name == "difference":
        if len(args_w) == 0:
            return setobject.copy_of(space, w_set)
        w_result = setobject.difference(space, w_set, args_w[0])
        for w_arg in args_w[1:]:
            setobject.difference_update(space, w_result, w_arg)
        return w_result
    if name == "difference_update":
        for w_arg in args_w:
            setobject.difference_update(space, w_set, w_arg)
        return w_None
    if name == "symmetric_difference_update":
        check_args(space, name, args, 1, 1)
        setobject.symmetric_difference_update(space, w_set, args_w[0])
        return w_None
    check_args(space, name, args, 1, 1)
    w_other = as_set(space, args_w[0])
    if name == "symmetric_difference":
        return setobject.symmetric_difference(space, w_set, args_w[0])
    if name == "issubset":
        return newbool(setobject.is_subset(space, w_set, w_other))
    if name == "issuperset":
        return newbool(setobject.is_subset(space, w_other, w_set))
    if name == "isdisjoint":
        return newbool(setobject.intersection(space, w_set, w_other).length() == 0)
    raise space.attribute_error(w_set, name)


# ---- dict ---------------------------------------------------------------

def call_dict_method(space, w_dict, name, args):
    args_w = args.args_w
    if name == "get":
        check_args(space, name, args, 1, 2)
        w_value = w_dict.getitem(space, args_w[0])
        if w_value is None:
            if len(args_w) == 2:
                return args_w[1]
            return w_None
        return w_value
    if name == "keys":
        check_args(space, name, args, 0, 0)
        return W_DictViewObject(w_dict, VIEW_KEYS)
    if name == "values":
        check_args(space, name, args, 0, 0)
        return W_DictViewObject(w_dict, VIEW_VALUES)
    if name == "items":
        check_args(space, name, args, 0, 0)
        return W_DictViewObject(w_dict, VIEW_ITEMS)
    if name == "pop":
        check_args(space, name, args, 1, 2)
        w_value = w_dict.getitem(space, args_w[0])
        if w_value is None:
            if len(args_w) == 2:
                return args_w[1]
            raise space.key_error(args_w[0])
        w_dict.delitem(space, args_w[0])
        return w_value
    if name == "setdefault":
        check_args(space, name, args, 1, 2)
        w_value = w_dict.getitem(space, args_w[0])
        if w_value is None:
            w_value = w_None
            if len(args_w) == 2:
                w_value = args_w[1]
            w_dict.setitem(space, args_w[0], w_value)
        return w_value
    if name == "clear":
        check_args(space, name, args, 0, 0)
        w_dict.clear()
        return w_None
    if name == "copy":
        check_args(space, name, args, 0, 0)
        return copy_dict(space, w_dict)
    if name == "popitem":
        check_args(space, name, args, 0, 0)
        keys_w, values_w = w_dict.live_items()
        if len(keys_w) == 0:
            raise space.error(space.w_KeyError, "popitem(): dictionary is empty")
        w_key = keys_w[len(keys_w) - 1]
        w_dict.delitem(space, w_key)
        return W_TupleObject([w_key, values_w[len(values_w) - 1]])
    if name == "update":
        update_dict_from_args(space, w_dict, "update", args)
        return w_None
    raise space.attribute_error(w_dict, name)


def view_items(w_view):
    """The current items of a dict view, in order (a new list)."""
    keys_w, values_w = w_view.w_dict.live_items()
    if w_view.kind == VIEW_KEYS:
        return keys_w
    if w_view.kind == VIEW_VALUES:
        return values_w
    items_w = []
    i = 0
    while i < len(keys_w):
        items_w.append(W_TupleObject([keys_w[i], values_w[i]]))
        i += 1
    return items_w


def copy_dict(space, w_dict):
    w_new = W_DictObject()
    update_dict(space, w_new, w_dict)
    return w_new


def update_dict_from_args(space, w_dict, name, args):
    """``dict(arg, **kw)`` / ``d.update(arg, **kw)``: ``arg`` is a dict or
    an iterable of pairs."""
    args_w = args.args_w
    if len(args_w) > 1:
        raise space.type_error("%s expected at most 1 argument, got %d" % (name, len(args_w)))
    if len(args_w) == 1:
        w_arg = args_w[0]
        if isinstance(w_arg, W_DictObject):
            update_dict(space, w_dict, w_arg)
        else:
            for w_pair in space.unpack_iterable(w_arg):
                items_w = space.fixed_items(w_pair)
                if len(items_w) != 2:
                    raise space.error(space.w_ValueError,
                                      "dictionary update sequence element has length %d; 2 is required"
                                      % len(items_w))
                w_dict.setitem(space, items_w[0], items_w[1])
    k = 0
    while k < len(args.keywords):
        w_dict.setitem(space, space.newstr(args.keywords[k]), args.keywords_w[k])
        k += 1


def update_dict(space, w_dict, w_other):
    i = 0
    while i < len(w_other.keys_w):
        w_key = w_other.keys_w[i]
        w_value = w_other.values_w[i]
        if w_key is not None and w_value is not None:
            w_dict.setitem(space, w_key, w_value)
        i += 1
