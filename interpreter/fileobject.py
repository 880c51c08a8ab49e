"""Files: ``open(path, mode)`` gives a ``W_FileObject``, an instance of
the type ``TextIOWrapper`` (text modes) or ``BufferedReader`` /
``BufferedWriter`` (binary modes) whose methods are built-in functions.

The file descriptor is used through ``os`` (the dialect's only file
interface).  A readable file is read whole at the first read and served
from memory; writes go straight to the descriptor."""

import os

from typeobject import W_TypeObject, W_InstanceObject
from funcobject import W_BuiltinFunction, W_Property
from model import W_NoneObject, newint, newbool, w_None
from funcobject import Arguments
from error import OperationError
from strobject import W_StrObject
from bytesobject import W_BytesObject
from listobject import W_ListObject
import bytesobject


class W_FileObject(W_InstanceObject):
    def __init__(self, w_type, fd, name, mode, binary, readable):
        W_InstanceObject.__init__(self, w_type)
        self.fd = fd
        self.name = name
        self.mode = mode
        self.binary = binary
        self.readable = readable
        self.closed = False
        # Text (or bytes as str, see bytesobject) not yet consumed; None
        # until the first read.
        self.content = None
        self.pos = 0


def make_file_types(space):
    """The three file types, sharing their methods."""
    types_w = []
    for name in ["TextIOWrapper", "BufferedReader", "BufferedWriter"]:
        w_type = W_TypeObject(name, space.w_object)
        w_type.dict_w["read"] = W_BuiltinFunction("read", file_read)
        w_type.dict_w["readline"] = W_BuiltinFunction("readline", file_readline)
        w_type.dict_w["readlines"] = W_BuiltinFunction("readlines", file_readlines)
        w_type.dict_w["write"] = W_BuiltinFunction("write", file_write)
        w_type.dict_w["close"] = W_BuiltinFunction("close", file_close)
        w_type.dict_w["flush"] = W_BuiltinFunction("flush", file_flush)
        w_type.dict_w["__enter__"] = W_BuiltinFunction("__enter__", file_enter)
        w_type.dict_w["__exit__"] = W_BuiltinFunction("__exit__", file_exit)
        w_type.dict_w["__iter__"] = W_BuiltinFunction("__iter__", file_enter)
        w_type.dict_w["__next__"] = W_BuiltinFunction("__next__", file_next)
        w_type.dict_w["closed"] = W_Property(W_BuiltinFunction("closed", file_closed), None)
        w_type.dict_w["name"] = W_Property(W_BuiltinFunction("name", file_name), None)
        w_type.dict_w["mode"] = W_Property(W_BuiltinFunction("mode", file_mode), None)
        types_w.append(w_type)
    return types_w


def open_file(space, path, mode):
    """``open(path, mode)``."""
    binary = mode.find("b") >= 0
    plain = mode.replace("b", "").replace("t", "")
    if plain == "r":
        flags = os.O_RDONLY
    elif plain == "w":
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    elif plain == "a":
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    elif plain == "r+":
        flags = os.O_RDWR
    elif plain == "w+":
        flags = os.O_RDWR | os.O_CREAT | os.O_TRUNC
    else:
        raise space.error(space.w_ValueError, "invalid mode: '%s'" % mode)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError:
        # The dialect does not tell which error: a missing file is by far
        # the most common cause.
        raise space.os_error(space.exceptions["FileNotFoundError"], 2,
                             "No such file or directory", path)
    if binary:
        w_type = space.file_types_w[1]
        if plain != "r":
            w_type = space.file_types_w[2]
    else:
        w_type = space.file_types_w[0]
    return W_FileObject(w_type, fd, path, mode, binary, plain == "r" or plain.find("+") >= 0)


def self_file(space, args, name, nargs_max):
    if len(args.args_w) == 0 or not isinstance(args.args_w[0], W_FileObject):
        raise space.type_error("descriptor '%s' requires a file object" % name)
    if len(args.args_w) - 1 > nargs_max:
        raise space.type_error("%s() takes at most %d arguments (%d given)"
                               % (name, nargs_max, len(args.args_w) - 1))
    w_file = args.args_w[0]
    assert isinstance(w_file, W_FileObject)
    return w_file


def check_open(space, w_file):
    if w_file.closed:
        raise space.error(space.w_ValueError, "I/O operation on closed file.")


def load(space, w_file):
    """The unread content, reading the file at the first call."""
    check_open(space, w_file)
    if not w_file.readable:
        raise space.error(space.exceptions["OSError"], "not readable")
    if w_file.content is None:
        data = b""
        while True:
            chunk = os.read(w_file.fd, 65536)
            if len(chunk) == 0:
                break
            data = data + chunk
        if w_file.binary:
            w_file.content = bytesobject.from_rbytes(data)
        else:
            w_file.content = data.decode("utf-8")
        w_file.pos = 0
    content = w_file.content
    assert content is not None
    return content


def wrap_data(space, w_file, text):
    if w_file.binary:
        return W_BytesObject(text)
    return space.newstr(text)


def file_read(space, args):
    w_file = self_file(space, args, "read", 1)
    content = load(space, w_file)
    size = -1
    if len(args.args_w) == 2 and not isinstance(args.args_w[1], W_NoneObject):
        size = space.int_w(args.args_w[1])
    start = w_file.pos
    end = len(content)
    if size >= 0 and start + size < end:
        end = start + size
    w_file.pos = end
    return wrap_data(space, w_file, content[start:end])


def next_line(space, w_file):
    """The next line with its newline, "" at the end."""
    content = load(space, w_file)
    start = w_file.pos
    newline = content.find("\n", start)
    end = len(content)
    if newline >= 0:
        end = newline + 1
    w_file.pos = end
    return content[start:end]


def file_readline(space, args):
    w_file = self_file(space, args, "readline", 0)
    return wrap_data(space, w_file, next_line(space, w_file))


def file_readlines(space, args):
    w_file = self_file(space, args, "readlines", 0)
    lines_w = []
    while True:
        line = next_line(space, w_file)
        if line == "":
            break
        lines_w.append(wrap_data(space, w_file, line))
    return W_ListObject(lines_w)


def file_next(space, args):
    w_file = self_file(space, args, "__next__", 0)
    line = next_line(space, w_file)
    if line == "":
        raise space.error(space.exceptions["StopIteration"], "")
    return wrap_data(space, w_file, line)


def file_write(space, args):
    w_file = self_file(space, args, "write", 1)
    check_open(space, w_file)
    if len(args.args_w) != 2:
        raise space.type_error("write() takes exactly one argument (%d given)" % (len(args.args_w) - 1))
    w_data = args.args_w[1]
    if w_file.binary:
        if not isinstance(w_data, W_BytesObject):
            raise space.type_error("a bytes-like object is required, not '%s'" % space.type_name(w_data))
        data = bytesobject.to_rbytes(w_data.value)
        count = len(w_data.value)
    else:
        if not isinstance(w_data, W_StrObject):
            raise space.type_error("write() argument must be str, not %s" % space.type_name(w_data))
        data = w_data.value.encode("utf-8")
        count = len(w_data.value)
    written = 0
    while written < len(data):
        written += os.write(w_file.fd, data[written:])
    return newint(count)


def file_close(space, args):
    w_file = self_file(space, args, "close", 0)
    if not w_file.closed:
        w_file.closed = True
        os.close(w_file.fd)
    return w_None


def file_flush(space, args):
    w_file = self_file(space, args, "flush", 0)
    check_open(space, w_file)
    return w_None


def file_enter(space, args):
    w_file = self_file(space, args, "__enter__", 0)
    check_open(space, w_file)
    return w_file


def file_exit(space, args):
    w_file = self_file(space, args, "__exit__", 3)
    file_close(space, Arguments([w_file], [], []))
    return newbool(False)


def file_closed(space, args):
    return newbool(self_file(space, args, "closed", 0).closed)


def file_name(space, args):
    return space.newstr(self_file(space, args, "name", 0).name)


def file_mode(space, args):
    return space.newstr(self_file(space, args, "mode", 0).mode)
