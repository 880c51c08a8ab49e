"""Text formatting: float repr, format specs (f-strings, ``format``) and
``str % args``."""

from model import W_IntObject, W_FloatObject
from strobject import W_StrObject
from listobject import W_TupleObject
from longobject import W_LongObject
from rlib import rbigint


def float_repr(f):
    """CPython's shortest repr of a float (the translator's ``repr`` of a
    float has the same semantics)."""
    return repr(f)


class FormatSpec(object):
    """A parsed ``[[fill]align][sign][#][0][width][,|_][.precision][type]``."""

    def __init__(self):
        self.fill = " "
        self.align = ""
        self.sign = "-"
        self.width = -1
        self.alternate = False
        # "", "," or "_": the thousands separator.
        self.grouping = ""
        self.precision = -1
        self.type = ""


def parse_spec(space, spec):
    result = FormatSpec()
    n = len(spec)
    i = 0
    if n >= 2 and spec[1] in "<>^=":
        result.fill = spec[0]
        result.align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>^=":
        result.align = spec[0]
        i = 1
    if i < n and spec[i] in "+- ":
        result.sign = spec[i]
        i += 1
    if i < n and spec[i] == "#":
        result.alternate = True
        i += 1
    if i < n and spec[i] == "0":
        if result.align == "":
            result.fill = "0"
            result.align = "="
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        result.width = int(spec[start:i])
    if i < n and (spec[i] == "," or spec[i] == "_"):
        result.grouping = spec[i]
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise space.error(space.w_ValueError, "Format specifier missing precision")
        result.precision = int(spec[start:i])
    if i < n:
        result.type = spec[i]
        i += 1
    if i < n:
        raise space.error(space.w_ValueError, "Invalid format specifier")
    return result


def pad(text, spec, default_align):
    """Pad ``text`` to the spec's width; '=' puts the fill after the sign."""
    if spec.width <= len(text):
        return text
    missing = spec.width - len(text)
    align = spec.align
    if align == "":
        align = default_align
    if align == "<":
        return text + spec.fill * missing
    if align == ">":
        return spec.fill * missing + text
    if align == "^":
        left = missing // 2
        return spec.fill * left + text + spec.fill * (missing - left)
    if len(text) > 0 and (text[0] == "-" or text[0] == "+" or text[0] == " "):
        return text[0] + spec.fill * missing + text[1:]
    return spec.fill * missing + text


def group_digits(digits, separator, every):
    """Insert ``separator`` between groups of ``every`` digits from the right."""
    result = []
    count = 0
    i = len(digits) - 1
    while i >= 0:
        if count == every:
            result.append(separator)
            count = 0
        result.append(digits[i])
        count += 1
        i -= 1
    result.reverse()
    return "".join(result)


def with_sign(negative, body, sign):
    if negative:
        return "-" + body
    if sign == "+":
        return "+" + body
    if sign == " ":
        return " " + body
    return body


def format_int(space, value, spec):
    t = spec.type
    if t == "c":
        return pad(chr(value), spec, "<")
    if t != "" and t in "eEfFgG%":
        return format_float(space, float(value), spec)
    # Through rbigint: one digit-conversion path for every int, and no
    # overflow on -MININT.
    return format_magnitude(space, value < 0, rbigint.fromint(value).abs(), spec)


def format_long(space, w_long, spec):
    t = spec.type
    if t != "" and t in "eEfFgG%":
        return format_float(space, space.float_w(w_long), spec)
    num = w_long.num
    return format_magnitude(space, num.sign < 0, num.abs(), spec)


def format_magnitude(space, negative, num, spec):
    """An int given as sign + magnitude, in the base the spec's type asks
    for, with grouping and the ``#`` prefix."""
    t = spec.type
    prefix = ""
    every = 4
    if t == "" or t == "d" or t == "n":
        body = num.str()
        every = 3
    elif t == "x" or t == "X":
        body = num.format_base(16, t == "X")
        prefix = "0" + t
    elif t == "o":
        body = num.format_base(8, False)
        prefix = "0o"
    elif t == "b":
        body = num.format_base(2, False)
        prefix = "0b"
    else:
        raise space.error(space.w_ValueError,
                          "Unknown format code '%s' for object of type 'int'" % t)
    if spec.grouping != "":
        body = group_digits(body, spec.grouping, every)
    if spec.alternate:
        body = prefix + body
    return pad(with_sign(negative, body, spec.sign), spec, ">")


def format_float(space, value, spec):
    t = spec.type
    precision = spec.precision
    negative = value < 0.0 or (value == 0.0 and str(value)[0] == "-")
    magnitude = value
    if negative:
        magnitude = -value
    if t == "":
        if precision < 0:
            body = float_repr(magnitude)
        else:
            body = _float_g(magnitude, max(precision, 1))
            if body.find(".") < 0 and body.find("e") < 0 and body.find("n") < 0:
                body += ".0"
    elif t == "f" or t == "F":
        if precision < 0:
            precision = 6
        body = _float_f(magnitude, precision)
    elif t == "e" or t == "E":
        if precision < 0:
            precision = 6
        body = _float_e(magnitude, precision)
    elif t == "g" or t == "G":
        if precision < 0:
            precision = 6
        body = _float_g(magnitude, precision)
    elif t == "%":
        if precision < 0:
            precision = 6
        body = _float_f(magnitude * 100.0, precision) + "%"
    else:
        raise space.error(space.w_ValueError,
                          "Unknown format code '%s' for object of type 'float'" % t)
    if t == "E" or t == "F" or t == "G":
        body = body.upper()
    if spec.grouping != "":
        dot = body.find(".")
        if dot < 0:
            dot = len(body)
        body = group_digits(body[:dot], spec.grouping, 3) + body[dot:]
    return pad(with_sign(negative, body, spec.sign), spec, ">")


def format_value(space, w_value, spec_text):
    """``format(w_value, spec_text)`` as an RPython str."""
    w_custom = space.call_special(w_value, "__format__", [space.newstr(spec_text)])
    if w_custom is not None:
        return space.expect_str(w_custom, "__format__")
    if spec_text == "":
        return space.str_text(w_value)
    spec = parse_spec(space, spec_text)
    if isinstance(w_value, W_IntObject):
        return format_int(space, w_value.intval, spec)
    if isinstance(w_value, W_LongObject):
        return format_long(space, w_value, spec)
    if isinstance(w_value, W_FloatObject):
        return format_float(space, w_value.floatval, spec)
    if isinstance(w_value, W_StrObject):
        if spec.type != "" and spec.type != "s":
            raise space.error(space.w_ValueError,
                              "Unknown format code '%s' for object of type 'str'" % spec.type)
        text = w_value.value
        if spec.precision >= 0:
            text = text[:spec.precision]
        return pad(text, spec, "<")
    return pad(space.str_text(w_value), spec, "<")


def percent_format(space, fmt, w_args):
    """``fmt % w_args`` (``%s %r %a %c %d %i %u %x %X %o %f %e %g %%`` with
    flags, width and precision, ``*`` for either, ``%(key)s`` with a
    mapping)."""
    if isinstance(w_args, W_TupleObject):
        args_w = w_args.items_w
    else:
        args_w = [w_args]
    out = []
    argi = 0
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%":
            out.append(ch)
            i += 1
            continue
        i += 1
        if i >= n:
            raise space.error(space.w_ValueError, "incomplete format")
        w_keyed = None
        if fmt[i] == "(":
            close = fmt.find(")", i)
            if close < 0:
                raise space.error(space.w_ValueError, "incomplete format key")
            w_keyed = space.getitem(w_args, space.newstr(fmt[i + 1:close]))
            i = close + 1
        spec = FormatSpec()
        spec.align = ">"
        while i < n and fmt[i] in "-+ 0#":
            if fmt[i] == "#":
                spec.alternate = True
            elif fmt[i] == "-":
                spec.align = "<"
            elif fmt[i] == "0":
                if spec.align != "<":
                    spec.fill = "0"
                    spec.align = "="
            elif fmt[i] == "+" or fmt[i] == " ":
                spec.sign = fmt[i]
            i += 1
        count = percent_count(space, fmt, i, args_w, argi)
        spec.width = count[0]
        i = count[1]
        argi = count[2]
        if i < n and fmt[i] == ".":
            count = percent_count(space, fmt, i + 1, args_w, argi)
            spec.precision = max(count[0], 0)
            i = count[1]
            argi = count[2]
        if i >= n:
            raise space.error(space.w_ValueError, "incomplete format")
        conv = fmt[i]
        i += 1
        if conv == "%":
            out.append("%")
            continue
        if w_keyed is not None:
            w_arg = w_keyed
        else:
            if argi >= len(args_w):
                raise space.type_error("not enough arguments for format string")
            w_arg = args_w[argi]
            argi += 1
        if conv == "s" or conv == "r" or conv == "a" or conv == "c":
            if conv == "s":
                text = space.str_text(w_arg)
            elif conv == "r":
                text = space.repr_text(w_arg)
            elif conv == "a":
                text = space.ascii(w_arg).value
            elif isinstance(w_arg, W_StrObject) and len(w_arg.value) == 1:
                text = w_arg.value
            elif isinstance(w_arg, W_IntObject):
                text = chr(w_arg.intval)
            else:
                raise space.type_error("%c requires an int or a unicode character, not " +
                                       space.type_name(w_arg))
            if spec.precision >= 0:
                text = text[:spec.precision]
            if spec.fill == "0":
                spec.fill = " "
            out.append(pad(text, spec, ">"))
        elif conv in "diuxXo":
            if conv == "i" or conv == "u":
                conv = "d"
            if isinstance(w_arg, W_LongObject):
                spec.type = conv
                spec.precision = -1
                out.append(format_long(space, w_arg, spec))
                continue
            if isinstance(w_arg, W_FloatObject):
                value = int(w_arg.floatval)
            elif isinstance(w_arg, W_IntObject):
                value = w_arg.intval
            else:
                raise space.type_error("%%%s format: a real number is required, not %s" % (
                    conv, space.type_name(w_arg)))
            spec.type = conv
            spec.precision = -1
            out.append(format_int(space, value, spec))
        elif conv in "feEgG":
            spec.type = conv
            if spec.precision < 0:
                spec.precision = 6
            out.append(format_float(space, space.float_w(w_arg), spec))
        else:
            raise space.error(space.w_ValueError,
                              "unsupported format character '%s'" % conv)
    if argi < len(args_w) and isinstance(w_args, W_TupleObject):
        raise space.type_error("not all arguments converted during string formatting")
    return "".join(out)


def percent_count(space, fmt, i, args_w, argi):
    """A width or precision at ``fmt[i]``: digits, ``*`` (taken from the
    arguments) or nothing (-1).  Returns (value, next i, next argi)."""
    if i < len(fmt) and fmt[i] == "*":
        if argi >= len(args_w):
            raise space.type_error("not enough arguments for format string")
        return (space.int_w(args_w[argi]), i + 1, argi + 1)
    start = i
    while i < len(fmt) and fmt[i].isdigit():
        i += 1
    if i == start:
        return (-1, i, argi)
    return (int(fmt[start:i]), i, argi)


def _float_f(x, precision):
    """``"%.<precision>f" % x`` for precision 0..17 (the translator needs constant format strings)."""
    if precision == 0:
        return "%.0f" % x
    elif precision == 1:
        return "%.1f" % x
    elif precision == 2:
        return "%.2f" % x
    elif precision == 3:
        return "%.3f" % x
    elif precision == 4:
        return "%.4f" % x
    elif precision == 5:
        return "%.5f" % x
    elif precision == 6:
        return "%.6f" % x
    elif precision == 7:
        return "%.7f" % x
    elif precision == 8:
        return "%.8f" % x
    elif precision == 9:
        return "%.9f" % x
    elif precision == 10:
        return "%.10f" % x
    elif precision == 11:
        return "%.11f" % x
    elif precision == 12:
        return "%.12f" % x
    elif precision == 13:
        return "%.13f" % x
    elif precision == 14:
        return "%.14f" % x
    elif precision == 15:
        return "%.15f" % x
    elif precision == 16:
        return "%.16f" % x
    elif precision == 17:
        return "%.17f" % x
    return "%.17f" % x


def _float_e(x, precision):
    """``"%.<precision>e" % x`` for precision 0..17 (the translator needs constant format strings)."""
    if precision == 0:
        return "%.0e" % x
    elif precision == 1:
        return "%.1e" % x
    elif precision == 2:
        return "%.2e" % x
    elif precision == 3:
        return "%.3e" % x
    elif precision == 4:
        return "%.4e" % x
    elif precision == 5:
        return "%.5e" % x
    elif precision == 6:
        return "%.6e" % x
    elif precision == 7:
        return "%.7e" % x
    elif precision == 8:
        return "%.8e" % x
    elif precision == 9:
        return "%.9e" % x
    elif precision == 10:
        return "%.10e" % x
    elif precision == 11:
        return "%.11e" % x
    elif precision == 12:
        return "%.12e" % x
    elif precision == 13:
        return "%.13e" % x
    elif precision == 14:
        return "%.14e" % x
    elif precision == 15:
        return "%.15e" % x
    elif precision == 16:
        return "%.16e" % x
    elif precision == 17:
        return "%.17e" % x
    return "%.17e" % x


def _float_g(x, precision):
    """``"%.<precision>g" % x`` for precision 0..17 (the translator needs constant format strings)."""
    if precision == 0:
        return "%.0g" % x
    elif precision == 1:
        return "%.1g" % x
    elif precision == 2:
        return "%.2g" % x
    elif precision == 3:
        return "%.3g" % x
    elif precision == 4:
        return "%.4g" % x
    elif precision == 5:
        return "%.5g" % x
    elif precision == 6:
        return "%.6g" % x
    elif precision == 7:
        return "%.7g" % x
    elif precision == 8:
        return "%.8g" % x
    elif precision == 9:
        return "%.9g" % x
    elif precision == 10:
        return "%.10g" % x
    elif precision == 11:
        return "%.11g" % x
    elif precision == 12:
        return "%.12g" % x
    elif precision == 13:
        return "%.13g" % x
    elif precision == 14:
        return "%.14g" % x
    elif precision == 15:
        return "%.15g" % x
    elif precision == 16:
        return "%.16g" % x
    elif precision == 17:
        return "%.17g" % x
    return "%.17g" % x

