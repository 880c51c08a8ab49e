"""Lists and tuples.

Both keep their items in an RPython list of ``W_Root``.  A list's storage is
reached only through the methods of this module and of objspace.py, so that
specialised storages ("strategies": a list of unboxed ints, ...) can be
introduced later without touching the interpreter loop.
"""

from model import W_Root


class W_ListObject(W_Root):
    """A mutable list."""

    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_list

    def length(self):
        return len(self.items_w)

    def getitem(self, i):
        return self.items_w[i]

    def setitem(self, i, w_value):
        self.items_w[i] = w_value

    def append(self, w_value):
        self.items_w.append(w_value)

    def extend(self, items_w):
        self.items_w.extend(items_w)

    def delete_at(self, i):
        del self.items_w[i]

    def replace_range(self, lower, upper, items_w):
        """Replace the items ``lower:upper`` (0 <= lower <= upper <= length)
        by ``items_w``."""
        self.items_w = self.items_w[:lower] + items_w + self.items_w[upper:]


class W_TupleObject(W_Root):
    """An immutable tuple."""

    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_tuple

    def length(self):
        return len(self.items_w)

    def getitem(self, i):
        return self.items_w[i]
