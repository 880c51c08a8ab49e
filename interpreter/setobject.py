"""Sets: a ``W_SetObject`` keeps its elements as the keys of a private
W_DictObject (values unused), sharing the dict's hashing and ordering
machinery.  Iteration order is insertion order, which differs from
CPython's hash order: programs whose output depends on the order of a
set's elements print them sorted."""

from model import W_Root, w_None
from dictobject import W_DictObject


class W_SetObject(W_Root):
    def __init__(self):
        self.data = W_DictObject()

    def getclass(self, space):
        return space.w_set

    def length(self):
        return self.data.length()

    def add(self, space, w_item):
        self.data.setitem(space, w_item, w_None)

    def contains(self, space, w_item):
        return self.data.getitem(space, w_item) is not None

    def discard(self, space, w_item):
        """Remove ``w_item``; False if it was not there."""
        return self.data.delitem(space, w_item)

    def items(self):
        return self.data.live_keys()


def new_set(space, items_w):
    w_set = W_SetObject()
    for w_item in items_w:
        w_set.add(space, w_item)
    return w_set


def union(space, w_a, w_b):
    w_result = new_set(space, w_a.items())
    for w_item in w_b.items():
        w_result.add(space, w_item)
    return w_result


def intersection(space, w_a, w_b):
    w_result = W_SetObject()
    for w_item in w_a.items():
        if w_b.contains(space, w_item):
            w_result.add(space, w_item)
    return w_result


def difference(space, w_a, w_b):
    w_result = W_SetObject()
    for w_item in w_a.items():
        if not w_b.contains(space, w_item):
            w_result.add(space, w_item)
    return w_result


def symmetric_difference(space, w_a, w_b):
    w_result = difference(space, w_a, w_b)
    for w_item in w_b.items():
        if not w_a.contains(space, w_item):
            w_result.add(space, w_item)
    return w_result


def is_subset(space, w_a, w_b):
    if w_a.length() > w_b.length():
        return False
    for w_item in w_a.items():
        if not w_b.contains(space, w_item):
            return False
    return True
