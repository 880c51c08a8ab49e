"""Types, instances and maps (hidden classes).

A ``W_TypeObject`` is both a built-in type (int, str, ...) and a class
defined by the program.  Attributes of a class live in an RPython dict
``dict_w``; lookup walks the method resolution order ``mro_w``, computed
with the C3 linearisation when the class is created.

Instances of program classes are ``W_InstanceObject``: a reference to a
``Map`` plus a flat list of attribute values.  The map says at which
position each attribute lives; all instances that received the same
attributes in the same order share one map, and adding an attribute moves
an instance to the map's cached successor.  Attribute access is therefore
a dict lookup in a shared, rarely changing object -- which a tracing JIT
turns into a guard on the map and a fixed index.
"""

from model import W_Root


class Map(object):
    """The layout of a family of instances: attribute name -> index."""

    def __init__(self, w_type, indexes, length):
        self.w_type = w_type
        self.indexes = indexes
        self.length = length
        self.transitions = {}

    def index_of(self, name):
        if name in self.indexes:
            return self.indexes[name]
        return -1

    def with_attribute(self, name):
        """The map of an instance of this map that gains ``name``."""
        if name in self.transitions:
            return self.transitions[name]
        indexes = {}
        for key in self.indexes:
            indexes[key] = self.indexes[key]
        indexes[name] = self.length
        new_map = Map(self.w_type, indexes, self.length + 1)
        self.transitions[name] = new_map
        return new_map

    def attribute_names(self):
        names = [""] * self.length
        for key in self.indexes:
            names[self.indexes[key]] = key
        return names


class W_TypeObject(W_Root):
    """A type: built-in or defined by a ``class`` statement."""

    def __init__(self, name, w_base):
        self.name = name
        # The first base (None for object); ``bases_w`` has all of them.
        self.w_base = w_base
        self.bases_w = []
        self.mro_w = [self]
        if w_base is not None:
            self.bases_w.append(w_base)
            for w_type in w_base.mro_w:
                self.mro_w.append(w_type)
        self.dict_w = {}
        self.empty_map = Map(self, {}, 0)
        self.module = "builtins"
        # Set for BaseException and its subclasses: instances then carry
        # ``args`` and print like exceptions.
        self.is_exception = False
        if w_base is not None:
            self.is_exception = w_base.is_exception
        # The names of ``__slots__`` when the class body defines it (its
        # instances then accept only the slots of their classes), else None.
        self.slots = None

    def allows_attribute(self, name):
        """False when every class of the MRO but object has ``__slots__``
        and none of them lists ``name``."""
        for w_type in self.mro_w:
            if w_type.w_base is None:
                continue
            slots = w_type.slots
            if slots is None or name in slots:
                return True
        return False

    def getclass(self, space):
        return space.w_type

    def set_bases(self, bases_w):
        """Install several bases; returns False if no consistent method
        resolution order exists."""
        mro_w = c3_merge(self, bases_w)
        if mro_w is None:
            return False
        self.bases_w = bases_w
        self.w_base = bases_w[0]
        self.mro_w = mro_w
        for w_base in bases_w:
            if w_base.is_exception:
                self.is_exception = True
        return True

    def lookup(self, name):
        """The attribute ``name`` found along the MRO, or None."""
        for w_type in self.mro_w:
            if name in w_type.dict_w:
                return w_type.dict_w[name]
        return None

    def lookup_after(self, w_start, name):
        """``super()`` lookup: along the MRO, after ``w_start``."""
        found = False
        for w_type in self.mro_w:
            if found:
                if name in w_type.dict_w:
                    return w_type.dict_w[name]
            elif w_type is w_start:
                found = True
        return None

    def is_subtype_of(self, w_other):
        for w_type in self.mro_w:
            if w_type is w_other:
                return True
        return False


def c3_merge(w_type, bases_w):
    """The C3 linearisation of a class with the given bases, or None."""
    sequences = []
    for w_base in bases_w:
        sequences.append(w_base.mro_w[:])
    sequences.append(bases_w[:])
    result = [w_type]
    while True:
        nonempty = []
        for seq in sequences:
            if len(seq) > 0:
                nonempty.append(seq)
        if len(nonempty) == 0:
            return result
        w_candidate = None
        for seq in nonempty:
            w_head = seq[0]
            in_tail = False
            for other in nonempty:
                i = 1
                while i < len(other):
                    if other[i] is w_head:
                        in_tail = True
                    i += 1
            if not in_tail:
                w_candidate = w_head
                break
        if w_candidate is None:
            return None
        result.append(w_candidate)
        for seq in nonempty:
            if seq[0] is w_candidate:
                seq.pop(0)
        sequences = nonempty


class W_InstanceObject(W_Root):
    """An instance of a program class (or of an exception type)."""

    def __init__(self, w_type):
        self.w_type = w_type
        self.map = w_type.empty_map
        self.storage_w = []

    def getclass(self, space):
        return self.w_type

    def getattr(self, name):
        """The instance attribute ``name`` or None."""
        index = self.map.index_of(name)
        if index < 0:
            return None
        return self.storage_w[index]

    def delattr(self, name):
        """Remove the attribute; False if it is not there.  The instance
        moves to the map of its remaining attributes (rebuilt from the
        class's empty map, so instances stay on shared maps)."""
        index = self.map.index_of(name)
        if index < 0:
            return False
        names = self.map.attribute_names()
        old_storage_w = self.storage_w
        self.map = self.w_type.empty_map
        self.storage_w = []
        i = 0
        while i < len(names):
            if i != index:
                self.map = self.map.with_attribute(names[i])
                self.storage_w.append(old_storage_w[i])
            i += 1
        return True

    def setattr(self, name, w_value):
        index = self.map.index_of(name)
        if index >= 0:
            self.storage_w[index] = w_value
            return
        self.map = self.map.with_attribute(name)
        self.storage_w.append(w_value)
