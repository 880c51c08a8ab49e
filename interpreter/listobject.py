"""Lists and tuples.

A tuple keeps its items in an RPython list of ``W_Root``.  A list's storage
depends on its content ("strategies", as in PyPy): a list of plain ints
keeps unboxed machine ints (``IntListStrategy``), anything else a list of
``W_Root`` (``ObjectListStrategy``).  The rest of the interpreter only uses
the methods of ``W_ListObject``; storing a non-int into an int list
switches it to the object strategy for good ("generalisation").  Empty
lists start as int lists: the common ``lst = []; lst.append(i)`` stays
unboxed.
"""

from model import W_Root, W_IntObject, W_BoolObject, newint


def is_plain_int(w_value):
    return isinstance(w_value, W_IntObject) and not isinstance(w_value, W_BoolObject)


def all_plain_ints(items_w):
    for w_item in items_w:
        if not is_plain_int(w_item):
            return False
    return True


class W_ListObject(W_Root):
    """A mutable list: ``strategy`` says which storage field is live."""

    def __init__(self, items_w):
        self.ints = []
        self.objects_w = []
        if all_plain_ints(items_w):
            self.strategy = INT_STRATEGY
            for w_item in items_w:
                assert isinstance(w_item, W_IntObject)
                self.ints.append(w_item.intval)
        else:
            self.strategy = OBJECT_STRATEGY
            self.objects_w = items_w

    def getclass(self, space):
        return space.w_list

    def length(self):
        return self.strategy.length(self)

    def getitem(self, i):
        return self.strategy.getitem(self, i)

    def setitem(self, i, w_value):
        self.strategy.setitem(self, i, w_value)

    def append(self, w_value):
        self.strategy.append(self, w_value)

    def insert(self, i, w_value):
        self.strategy.insert(self, i, w_value)

    def pop(self, i):
        w_item = self.getitem(i)
        self.delete_at(i)
        return w_item

    def delete_at(self, i):
        self.strategy.delete_at(self, i)

    def extend(self, items_w):
        for w_item in items_w:
            self.append(w_item)

    def replace_range(self, lower, upper, items_w):
        """Replace the items ``lower:upper`` (0 <= lower <= upper <= length)
        by ``items_w``."""
        if self.strategy is INT_STRATEGY and all_plain_ints(items_w):
            ints = []
            for w_item in items_w:
                assert isinstance(w_item, W_IntObject)
                ints.append(w_item.intval)
            self.ints = self.ints[:lower] + ints + self.ints[upper:]
            return
        objects_w = self.object_items()
        self.objects_w = objects_w[:lower] + items_w + objects_w[upper:]

    def getslice(self, lower, upper):
        return self.strategy.getslice(self, lower, upper)

    def reverse(self):
        self.strategy.reverse(self)

    def clear(self):
        self.ints = []
        self.objects_w = []
        self.strategy = INT_STRATEGY

    def sort_ints(self, reverse):
        """Sort an int list in place, unboxed; False for other lists."""
        if self.strategy is not INT_STRATEGY:
            return False
        self.ints.sort()
        if reverse:
            self.ints.reverse()
        return True

    def read_items(self):
        """The items, for reading only (it may be the storage itself)."""
        return self.strategy.read_items(self)

    def items_copy(self):
        """A fresh list of the items."""
        return self.strategy.read_items(self)[:]

    def object_items(self):
        """The storage as a list of ``W_Root``, switching to the object
        strategy: for operations that rearrange items in place (sort)."""
        if self.strategy is not OBJECT_STRATEGY:
            self.objects_w = self.strategy.read_items(self)
            self.ints = []
            self.strategy = OBJECT_STRATEGY
        return self.objects_w


class ListStrategy(object):
    """The operations whose implementation depends on the storage."""

    def length(self, w_list):
        raise NotImplementedError

    def getitem(self, w_list, i):
        raise NotImplementedError

    def setitem(self, w_list, i, w_value):
        raise NotImplementedError

    def append(self, w_list, w_value):
        raise NotImplementedError

    def insert(self, w_list, i, w_value):
        raise NotImplementedError

    def delete_at(self, w_list, i):
        raise NotImplementedError

    def getslice(self, w_list, lower, upper):
        raise NotImplementedError

    def reverse(self, w_list):
        raise NotImplementedError

    def read_items(self, w_list):
        raise NotImplementedError


class ObjectListStrategy(ListStrategy):
    def length(self, w_list):
        return len(w_list.objects_w)

    def getitem(self, w_list, i):
        return w_list.objects_w[i]

    def setitem(self, w_list, i, w_value):
        w_list.objects_w[i] = w_value

    def append(self, w_list, w_value):
        w_list.objects_w.append(w_value)

    def insert(self, w_list, i, w_value):
        w_list.objects_w.insert(i, w_value)

    def delete_at(self, w_list, i):
        del w_list.objects_w[i]

    def getslice(self, w_list, lower, upper):
        return W_ListObject(w_list.objects_w[lower:upper])

    def reverse(self, w_list):
        w_list.objects_w.reverse()

    def read_items(self, w_list):
        return w_list.objects_w


class IntListStrategy(ListStrategy):
    """Unboxed machine ints; items are wrapped when read."""

    def length(self, w_list):
        return len(w_list.ints)

    def getitem(self, w_list, i):
        return newint(w_list.ints[i])

    def setitem(self, w_list, i, w_value):
        if is_plain_int(w_value):
            assert isinstance(w_value, W_IntObject)
            w_list.ints[i] = w_value.intval
        else:
            w_list.object_items()[i] = w_value

    def append(self, w_list, w_value):
        if is_plain_int(w_value):
            assert isinstance(w_value, W_IntObject)
            w_list.ints.append(w_value.intval)
        else:
            w_list.object_items().append(w_value)

    def insert(self, w_list, i, w_value):
        if is_plain_int(w_value):
            assert isinstance(w_value, W_IntObject)
            w_list.ints.insert(i, w_value.intval)
        else:
            w_list.object_items().insert(i, w_value)

    def delete_at(self, w_list, i):
        del w_list.ints[i]

    def getslice(self, w_list, lower, upper):
        w_result = W_ListObject([])
        w_result.ints = w_list.ints[lower:upper]
        return w_result

    def reverse(self, w_list):
        w_list.ints.reverse()

    def read_items(self, w_list):
        items_w = []
        for value in w_list.ints:
            items_w.append(newint(value))
        return items_w


OBJECT_STRATEGY = ObjectListStrategy()
INT_STRATEGY = IntListStrategy()


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
