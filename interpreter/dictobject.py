"""Dicts: an insertion-ordered hash table keyed by application-level
equality.

Entries live in two parallel lists (keys and values, in insertion order; a
deleted entry leaves ``None`` in both), and ``index`` maps a hash to the
positions of the entries with that hash.  Hashing and comparing keys needs
the object space, so every operation takes it as an argument.  The layout is
private to this module: a later string-keyed strategy can replace it.
"""

from model import W_Root


VIEW_KEYS = 0
VIEW_VALUES = 1
VIEW_ITEMS = 2
VIEW_NAMES = ["dict_keys", "dict_values", "dict_items"]


class W_DictViewObject(W_Root):
    """``d.keys()``, ``d.values()``, ``d.items()``: live views of a dict."""

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind

    def getclass(self, space):
        return space.w_dict_view


class W_DictObject(W_Root):
    """A mutable dict."""

    def __init__(self):
        self.keys_w = []
        self.values_w = []
        self.index = {}
        self.count = 0
        # Incremented by every mutation: caches of lookups (LOAD_GLOBAL)
        # are valid while the version they saw is current.
        self.version = 0

    def getclass(self, space):
        return space.w_dict

    def length(self):
        return self.count

    def _lookup(self, space, w_key, h):
        """Position of the entry for ``w_key`` or -1."""
        if h not in self.index:
            return -1
        positions = self.index[h]
        for pos in positions:
            w_other = self.keys_w[pos]
            if w_other is not None and space.eq_w(w_other, w_key):
                return pos
        return -1

    def getitem(self, space, w_key):
        """The value for ``w_key`` or None (interp-level) if missing."""
        pos = self._lookup(space, w_key, space.hash_w(w_key))
        if pos < 0:
            return None
        return self.values_w[pos]

    def setitem(self, space, w_key, w_value):
        self.version += 1
        h = space.hash_w(w_key)
        pos = self._lookup(space, w_key, h)
        if pos >= 0:
            self.values_w[pos] = w_value
            return
        pos = len(self.keys_w)
        self.keys_w.append(w_key)
        self.values_w.append(w_value)
        if h in self.index:
            self.index[h].append(pos)
        else:
            self.index[h] = [pos]
        self.count += 1

    def delitem(self, space, w_key):
        """Remove ``w_key``; returns False if it was missing."""
        h = space.hash_w(w_key)
        pos = self._lookup(space, w_key, h)
        if pos < 0:
            return False
        self.version += 1
        self.keys_w[pos] = None
        self.values_w[pos] = None
        positions = self.index[h]
        positions.remove(pos)
        if len(positions) == 0:
            del self.index[h]
        self.count -= 1
        if self.count * 2 < len(self.keys_w) and len(self.keys_w) > 16:
            self._compact(space)
        return True

    def _compact(self, space):
        keys_w = self.keys_w
        values_w = self.values_w
        self.keys_w = []
        self.values_w = []
        self.index = {}
        self.count = 0
        i = 0
        while i < len(keys_w):
            w_key = keys_w[i]
            if w_key is not None:
                self.setitem(space, w_key, values_w[i])
            i += 1

    def live_keys(self):
        """The keys in insertion order (a new list)."""
        result = []
        for w_key in self.keys_w:
            if w_key is not None:
                result.append(w_key)
        return result

    def live_values(self):
        result = []
        i = 0
        while i < len(self.keys_w):
            if self.keys_w[i] is not None:
                result.append(self.values_w[i])
            i += 1
        return result

    def live_items(self):
        """(key, value) pairs in insertion order, as two parallel lists."""
        keys_w = []
        values_w = []
        i = 0
        while i < len(self.keys_w):
            w_key = self.keys_w[i]
            w_value = self.values_w[i]
            if w_key is not None and w_value is not None:
                keys_w.append(w_key)
                values_w.append(w_value)
            i += 1
        return keys_w, values_w

    def clear(self):
        self.version += 1
        self.keys_w = []
        self.values_w = []
        self.index = {}
        self.count = 0
