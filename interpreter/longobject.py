"""Ints beyond a machine word: ``W_LongObject`` wraps an ``rbigint``.

Both W_IntObject and W_LongObject are the application type ``int``.  The
machine-word representation is the fast path; an operation that
overflows is redone on rbigints, and a result that fits in a word goes
back to a W_IntObject (``wrap_bigint``), so a value has one canonical
representation.
"""

from model import W_Root, W_IntObject, newint
from rlib import rbigint


class W_LongObject(W_Root):
    """An int that does not fit in a machine word."""

    def __init__(self, num):
        self.num = num

    def getclass(self, space):
        return space.w_int


def wrap_bigint(num):
    """The canonical wrapped int for ``num``."""
    try:
        return newint(num.toint())
    except OverflowError:
        return W_LongObject(num)


def is_int(w_obj):
    return isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject)


def bigint_of(w_obj):
    """The rbigint of a W_IntObject or W_LongObject."""
    if isinstance(w_obj, W_LongObject):
        return w_obj.num
    if isinstance(w_obj, W_IntObject):
        return rbigint.fromint(w_obj.intval)
    return rbigint.ZERO
