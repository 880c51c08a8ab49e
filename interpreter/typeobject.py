"""Types, instances and maps (hidden classes).

A ``W_TypeObject`` is both a built-in type (int, str, ...) and a class
defined by the program.  Attributes of a class live in an RPython dict
``dict_w``; lookup walks the single-inheritance chain ``w_base``.

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
        self.w_base = w_base
        self.dict_w = {}
        self.empty_map = Map(self, {}, 0)
        self.module = "builtins"
        # Set for BaseException and its subclasses: instances then carry
        # ``args`` and print like exceptions.
        self.is_exception = False
        if w_base is not None:
            self.is_exception = w_base.is_exception

    def getclass(self, space):
        return space.w_type

    def lookup(self, name):
        """The attribute ``name`` found along the base chain, or None."""
        w_type = self
        while w_type is not None:
            if name in w_type.dict_w:
                return w_type.dict_w[name]
            w_type = w_type.w_base
        return None

    def is_subtype_of(self, w_other):
        w_type = self
        while w_type is not None:
            if w_type is w_other:
                return True
            w_type = w_type.w_base
        return False


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

    def setattr(self, name, w_value):
        index = self.map.index_of(name)
        if index >= 0:
            self.storage_w[index] = w_value
            return
        self.map = self.map.with_attribute(name)
        self.storage_w.append(w_value)
