"""Sets and frozensets.  A ``W_SetObject`` keeps its elements in a
``settable.SetTable``, a hash table with CPython 3.11's layout, and the
operations below add, discard and copy elements in the same sequence as
CPython's setobject.c does.  Together with CPython-equal hashes for
numbers and tuples (``hashing.py``) this makes a set iterate, print and
pop its elements in exactly CPython's order.  (str hashes are not
CPython's, which randomises them per process anyway.)"""

from model import W_Root
from dictobject import W_DictObject
from settable import SetTable, frozenset_hash


class W_SetObject(W_Root):
    def __init__(self):
        self.table = SetTable()

    def getclass(self, space):
        return space.w_set

    def is_frozen(self):
        return False

    def new_empty(self):
        """An empty set of the same kind (set algebra keeps the kind of
        the left operand)."""
        return W_SetObject()

    def length(self):
        return self.table.used

    def add(self, space, w_item):
        self.table.add(space, w_item, space.hash_w(w_item))

    def contains(self, space, w_item):
        return self.table.find(space, w_item, space.hash_w(w_item)) >= 0

    def discard(self, space, w_item):
        """Remove ``w_item``; False if it was not there."""
        return self.table.discard(space, w_item, space.hash_w(w_item))

    def items(self):
        """The elements in iteration (table) order."""
        return self.table.live_keys()

    def clear(self):
        self.table.clear()

    def pop(self):
        """Remove and return the next element in CPython's pop order, or
        None when empty."""
        if self.table.used == 0:
            return None
        return self.table.pop()


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
    """A set with ``items_w`` added one by one (set literals, set(list))."""
    w_set = W_SetObject()
    for w_item in items_w:
        w_set.add(space, w_item)
    return w_set


def new_constant_frozenset(space, items_w):
    """The frozenset constant CPython's compiler makes of a set literal of
    constants: built from the items, then rebuilt from its own iteration
    order when the compiler merges equal constants."""
    return new_frozenset(space, new_frozenset(space, items_w).items())


def new_set_via_frozenset(space, items_w):
    """A set literal of (at least 3) constants, built as CPython does: its
    frozenset constant merged into an empty set."""
    w_constant = new_constant_frozenset(space, items_w)
    w_set = W_SetObject()
    w_set.table.merge_from(space, w_constant.table)
    return w_set


def update(space, w_set, w_other):
    """``w_set.update(w_other)`` in CPython's way: another set is merged
    table to table, a dict's keys are added after one presizing resize,
    anything else element by element."""
    if isinstance(w_other, W_SetObject):
        w_set.table.merge_from(space, w_other.table)
        return
    table = w_set.table
    if isinstance(w_other, W_DictObject):
        size = w_other.length()
        if (table.fill + size) * 5 >= table.mask * 3:
            table.resize((table.used + size) * 2)
        for w_key in w_other.live_keys():
            w_set.add(space, w_key)
        return
    for w_item in space.unpack_iterable(w_other):
        w_set.add(space, w_item)


def from_iterable(space, w_iterable, frozen):
    """``set(x)`` / ``frozenset(x)``."""
    if frozen:
        w_set = W_FrozensetObject()
    else:
        w_set = W_SetObject()
    update(space, w_set, w_iterable)
    return w_set


def copy_of(space, w_set):
    """A copy of the same kind, with CPython's copied layout."""
    w_result = w_set.new_empty()
    w_result.table.merge_from(space, w_set.table)
    return w_result


def copy_as_kind_of(space, w_kind, w_set):
    w_result = w_kind.new_empty()
    w_result.table.merge_from(space, w_set.table)
    return w_result


def union(space, w_a, w_b):
    w_result = copy_of(space, w_a)
    if w_b is not w_a:
        update(space, w_result, w_b)
    return w_result


def intersection(space, w_a, w_b):
    """Walks the smaller operand, keeping what the larger one contains.
    ``w_b`` may be any iterable (walked as is)."""
    if w_a is w_b:
        return copy_of(space, w_a)
    w_result = w_a.new_empty()
    if isinstance(w_b, W_SetObject):
        w_large = w_a
        w_small = w_b
        if w_b.length() > w_a.length():
            w_large = w_b
            w_small = w_a
        for w_item in w_small.items():
            if w_large.contains(space, w_item):
                w_result.add(space, w_item)
        return w_result
    for w_item in space.unpack_iterable(w_b):
        if w_a.contains(space, w_item):
            w_result.add(space, w_item)
    return w_result


def difference_update(space, w_set, w_other):
    """Discard the elements of ``w_other`` (any iterable), then rebuild if
    more than a quarter of the table became deleted slots."""
    if w_other is w_set:
        w_set.clear()
        return
    if isinstance(w_other, W_SetObject):
        if (w_other.length() >> 3) > w_set.length():
            w_other = intersection(space, w_set, w_other)
        items_w = w_other.items()
    else:
        items_w = space.unpack_iterable(w_other)
    for w_item in items_w:
        w_set.discard(space, w_item)
    table = w_set.table
    if table.fill - table.used > table.mask // 4:
        table.resize(table.growth_target())


def difference(space, w_a, w_b):
    if isinstance(w_b, W_SetObject) or isinstance(w_b, W_DictObject):
        other_size = container_length(w_b)
        if (w_a.length() >> 2) <= other_size:
            w_result = w_a.new_empty()
            for w_item in w_a.items():
                if not contains_any(space, w_b, w_item):
                    w_result.add(space, w_item)
            return w_result
    w_result = copy_of(space, w_a)
    difference_update(space, w_result, w_b)
    return w_result


def container_length(w_container):
    if isinstance(w_container, W_SetObject):
        return w_container.length()
    assert isinstance(w_container, W_DictObject)
    return w_container.length()


def contains_any(space, w_container, w_item):
    if isinstance(w_container, W_SetObject):
        return w_container.contains(space, w_item)
    assert isinstance(w_container, W_DictObject)
    return w_container.getitem(space, w_item) is not None


def symmetric_difference_update(space, w_set, w_other):
    if w_other is w_set:
        w_set.clear()
        return
    if isinstance(w_other, W_DictObject):
        items_w = w_other.live_keys()
    elif isinstance(w_other, W_SetObject):
        items_w = w_other.items()
    else:
        items_w = from_iterable(space, w_other, False).items()
    for w_item in items_w:
        if not w_set.discard(space, w_item):
            w_set.add(space, w_item)


def symmetric_difference(space, w_a, w_b):
    """CPython copies the right operand, then toggles the left one's
    elements in it."""
    if isinstance(w_b, W_SetObject):
        w_result = copy_as_kind_of(space, w_a, w_b)
    else:
        w_result = w_a.new_empty()
        update(space, w_result, w_b)
    symmetric_difference_update(space, w_result, w_a)
    return w_result


def replace_contents(w_set, w_source):
    """``w_set`` takes over ``w_source``'s table (intersection_update).
    CPython swaps the tables but not pop()'s finger, so it stays."""
    finger = w_set.table.finger
    w_set.table = w_source.table
    w_set.table.finger = finger
    w_source.table = SetTable()


def is_subset(space, w_a, w_b):
    if w_a.length() > w_b.length():
        return False
    for w_item in w_a.items():
        if not w_b.contains(space, w_item):
            return False
    return True


def hash_of(space, w_set):
    """Hash of a frozenset: independent of the order of the elements."""
    return frozenset_hash(w_set.table)
