"""Sets: a ``W_SetObject`` keeps its elements as the keys of a private
W_DictObject (values unused), sharing the dict's hashing and ordering
machinery.  Iteration order is insertion order, which differs from
CPython's hash order: programs whose output depends on the order of a
set's elements print them sorted."""

from model import W_Root, w_None
from rlib.rarithmetic import intmask
from dictobject import W_DictObject


class W_SetObject(W_Root):
    def __init__(self):
        self.data = W_DictObject()

    def getclass(self, space):
        return space.w_set

    def is_frozen(self):
        return False

    def new_empty(self):
        """An empty set of the same kind (set algebra keeps the kind of
        the left operand)."""
        return W_SetObject()

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


class W_FrozensetObject(W_SetObject):
    """An immutable, hashable set: the same storage, no mutating methods."""

    def getclass(self, space):
        return space.w_frozenset

    def is_frozen(self):
        return True

    def new_empty(self):
        return W_FrozensetObject()


def new_frozenset(space, items_w):
    w_set = W_FrozensetObject()
    for w_item in items_w:
        w_set.add(space, w_item)
    return w_set


def new_set(space, items_w):
    w_set = W_SetObject()
    for w_item in items_w:
        w_set.add(space, w_item)
    return w_set


def union(space, w_a, w_b):
    w_result = w_a.new_empty()
    for w_item in w_a.items():
        w_result.add(space, w_item)
    for w_item in w_b.items():
        w_result.add(space, w_item)
    return w_result


def intersection(space, w_a, w_b):
    w_result = w_a.new_empty()
    for w_item in w_a.items():
        if w_b.contains(space, w_item):
            w_result.add(space, w_item)
    return w_result


def difference(space, w_a, w_b):
    w_result = w_a.new_empty()
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


def hash_of(space, w_set):
    """Hash of a frozenset: independent of the order of the elements."""
    h = 1927868237 * (w_set.length() + 1)
    for w_item in w_set.items():
        x = space.hash_w(w_item)
        h ^= (x ^ (x << 16) ^ 89869747) * 3644798167
    return intmask(h * 69069 + 907133923)
