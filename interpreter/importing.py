"""``import``: modules are the ``.py`` files next to the main script.

A module is compiled with our own compiler and executed in a fresh globals
dict; it is recorded in ``space.modules`` before it runs, so that circular
imports see the partly initialised module, as in CPython.
"""

import os

from error import OperationError
from model import w_None
from strobject import W_StrObject
from dictobject import W_DictObject
from funcobject import W_ModuleObject
from tokenizer import SyntaxErrorAt
import parser
import compiler
import pyframe
import modules


def read_file(path):
    """The contents of ``path`` as text, or None if it cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY, 0)
    except OSError:
        return None
    content = b""
    while True:
        data = os.read(fd, 65536)
        if len(data) == 0:
            break
        content = content + data
    os.close(fd)
    return content.decode("utf-8")


def syntax_error(space, err, filename):
    w_exc = space.new_exception(space.w_SyntaxError, err.msg)
    w_exc.setattr("filename", space.newstr(filename))
    w_exc.setattr("lineno", space.newint(err.line))
    w_exc.setattr("offset", space.newint(err.col + 1))
    return OperationError(w_exc)


def compile_source(space, source, name, filename):
    space.sources[filename] = source
    try:
        tree = parser.parse(source)
        return compiler.compile_module(tree, "<module>", filename)
    except SyntaxErrorAt as err:
        raise syntax_error(space, err, filename)


def run_module(space, name, source, filename):
    """Compile and execute ``source`` as the module ``name``."""
    code = compile_source(space, source, name, filename)
    w_globals = W_DictObject()
    w_globals.setitem(space, space.newstr("__name__"), space.newstr(name))
    w_module = W_ModuleObject(name, w_globals, filename)
    space.modules[name] = w_module
    frame = pyframe.Frame(space, code, w_globals, None)
    space.run_frame(frame)
    return w_module


def import_module(space, name):
    if name in space.modules:
        return space.modules[name]
    w_builtin = modules.make_module(space, name)
    if w_builtin is not None:
        space.modules[name] = w_builtin
        return w_builtin
    if name.find(".") >= 0:
        raise space.error(space.w_ModuleNotFoundError, "No module named '%s'" % name)
    filename = name + ".py"
    if space.path != "":
        filename = space.path + "/" + filename
    source = read_file(filename)
    if source is None:
        raise space.error(space.w_ModuleNotFoundError, "No module named '%s'" % name)
    try:
        return run_module(space, name, source, filename)
    except OperationError:
        if name in space.modules:
            del space.modules[name]
        raise


def import_from(space, w_module, name):
    if isinstance(w_module, W_ModuleObject):
        w_value = w_module.w_dict.getitem(space, space.newstr(name))
        if w_value is not None:
            return w_value
        raise space.error(space.w_ImportError, "cannot import name '%s' from '%s' (%s)" % (
            name, w_module.name, w_module.filename))
    raise space.error(space.w_ImportError, "cannot import name '%s'" % name)
