"""Entry point of the interpreter: ``targetpypy.py SCRIPT.py [ARGS]`` or
``targetpypy.py -c CODE``.

This is the module the translator starts from (``rpython check/run
interpreter/targetpypy.py``); ``__main__.py`` calls the same
``entry_point`` when the interpreter is hosted by CPython.
"""

import os

from error import OperationError
from model import W_IntObject, W_NoneObject
from strobject import W_StrObject
from listobject import W_ListObject
from typeobject import W_InstanceObject
from objspace import ObjSpace
import importing
import pybuiltins

USAGE = "usage: python3 -m interpreter SCRIPT.py [ARGS...] | -c CODE\n"


def write_stderr(text):
    pybuiltins.STDOUT.flush()
    data = text.encode("utf-8")
    written = 0
    while written < len(data):
        written += os.write(2, data[written:])


def dirname(path):
    pos = path.rfind("/")
    if pos < 0:
        return ""
    if pos == 0:
        return "/"
    return path[:pos]


def source_line(space, filename, lineno):
    """The stripped source line, or "" if unknown (CPython shows none for
    ``-c`` code)."""
    if filename == "<string>" or filename not in space.sources:
        return ""
    lines = space.sources[filename].split("\n")
    if lineno < 1 or lineno > len(lines):
        return ""
    return lines[lineno - 1].strip()


def exception_name(space, w_exc):
    w_type = space.type(w_exc)
    if w_type.module == "builtins" or w_type.module == "__main__":
        return w_type.name
    return w_type.module + "." + w_type.name


def format_exception(space, e):
    """CPython's report of an uncaught exception, preceded by those it
    was raised from or while handling."""
    if e.cause is not None:
        return (format_exception(space, e.cause) +
                "\nThe above exception was the direct cause of the following exception:\n\n" +
                format_one_exception(space, e))
    if e.context is not None and not e.suppress_context and e.context is not e:
        return (format_exception(space, e.context) +
                "\nDuring handling of the above exception, another exception occurred:\n\n" +
                format_one_exception(space, e))
    return format_one_exception(space, e)


def format_one_exception(space, e):
    lines = []
    w_exc = e.w_value
    is_syntax = space.type(w_exc).is_subtype_of(space.w_SyntaxError)
    if len(e.traceback) > 0:
        lines.append("Traceback (most recent call last):\n")
        i = len(e.traceback) - 1
        while i >= 0:
            entry = e.traceback[i]
            lines.append('  File "%s", line %d, in %s\n' % (entry.filename, entry.lineno, entry.name))
            text = source_line(space, entry.filename, entry.lineno)
            if text != "":
                lines.append("    " + text + "\n")
            i -= 1
    if is_syntax and isinstance(w_exc, W_InstanceObject):
        w_filename = w_exc.getattr("filename")
        w_lineno = w_exc.getattr("lineno")
        w_offset = w_exc.getattr("offset")
        if isinstance(w_filename, W_StrObject) and isinstance(w_lineno, W_IntObject):
            lines.append('  File "%s", line %d\n' % (w_filename.value, w_lineno.intval))
            raw = ""
            if w_filename.value in space.sources:
                all_lines = space.sources[w_filename.value].split("\n")
                if 1 <= w_lineno.intval <= len(all_lines):
                    raw = all_lines[w_lineno.intval - 1]
            text = raw.strip()
            if text != "":
                lines.append("    " + text + "\n")
                if isinstance(w_offset, W_IntObject):
                    indent = len(raw) - len(raw.lstrip())
                    col = w_offset.intval - 1 - indent
                    if col < 0:
                        col = 0
                    lines.append("    " + " " * col + "^\n")
    message = space.str_text(w_exc)
    name = exception_name(space, w_exc)
    if message == "":
        lines.append(name + "\n")
    else:
        lines.append(name + ": " + message + "\n")
    return "".join(lines)


def run_main(space, argv):
    if len(argv) < 2:
        write_stderr(USAGE)
        return 2
    if argv[1] == "-c":
        if len(argv) < 3:
            write_stderr("Argument expected for the -c option\n" + USAGE)
            return 2
        source = argv[2]
        filename = "<string>"
        space.argv_w.append(space.newstr("-c"))
        for arg in argv[3:]:
            space.argv_w.append(space.newstr(arg))
    else:
        filename = argv[1]
        text = importing.read_file(filename)
        if text is None:
            write_stderr("python3: can't open file '%s': [Errno 2] No such file or directory\n" % filename)
            return 2
        source = text
        space.path = dirname(filename)
        for arg in argv[1:]:
            space.argv_w.append(space.newstr(arg))
    importing.run_module(space, "__main__", source, filename)
    return 0


def exit_status(space, w_exc):
    """The status of an uncaught SystemExit (its message, if not an int,
    goes to stderr)."""
    args_w = space.exception_args(w_exc)
    if len(args_w) == 0:
        return 0
    w_code = args_w[0]
    if len(args_w) > 1:
        w_code = space.newtuple(args_w)
    if isinstance(w_code, W_IntObject):
        return w_code.intval
    if isinstance(w_code, W_NoneObject):
        return 0
    write_stderr(space.str_text(w_code) + "\n")
    return 1


def entry_point(argv):
    space = ObjSpace()
    try:
        status = run_main(space, argv)
    except OperationError as e:
        w_exc = e.w_value
        if isinstance(w_exc, W_InstanceObject) and \
                w_exc.w_type.is_subtype_of(space.exceptions["SystemExit"]):
            status = exit_status(space, w_exc)
            pybuiltins.STDOUT.flush()
            return status
        write_stderr(format_exception(space, e))
        return 1
    pybuiltins.STDOUT.flush()
    return status


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
