"""The hash table behind sets and frozensets, laid out like CPython 3.11's
(Objects/setobject.c) so that iterating a set visits its elements in the
same order as CPython does for elements with the same hashes.

Slots hold an element and its hash.  ``None`` marks a never-used slot and
``DELETED`` a removed element (it still counts in ``fill``, so probe chains
through it stay intact).  Probing starts at ``hash & mask``, looks at the
next LINEAR_PROBES slots when they do not run past the end of the table,
then jumps with the perturbed recurrence ``i = i*5 + 1 + perturb``.  The
table is resized when ``fill`` reaches 3/5 of it; growth re-inserts the
live elements in slot order.
"""

from model import W_Root
from rlib.rarithmetic import intmask

MIN_SIZE = 8
LINEAR_PROBES = 9
PERTURB_SHIFT = 5


class DeletedSlot(W_Root):
    """Marker left in the slot of a removed element."""


DELETED = DeletedSlot()


def unsigned_rshift(x, n):
    """``x >> n`` treating the 64-bit ``x`` as unsigned (perturb is a
    size_t in CPython, so a negative hash shifts in zeros)."""
    if n == 0:
        return x
    return (x >> n) & ((1 << (64 - n)) - 1)


class SetTable(object):
    def __init__(self, size=MIN_SIZE):
        self.keys_w = [None] * size
        self.hashes = [0] * size
        self.mask = size - 1
        self.fill = 0      # live + deleted slots
        self.used = 0      # live slots
        self.finger = 0    # where pop() resumes its scan

    # ---- lookups -------------------------------------------------------

    def find(self, space, w_key, h):
        """Slot index holding an element equal to ``w_key`` or -1."""
        keys_w = self.keys_w
        mask = self.mask
        i = h & mask
        perturb = h
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = i
            while True:
                w_other = keys_w[j]
                if w_other is None:
                    return -1
                if w_other is not DELETED and self.hashes[j] == h:
                    if w_other is w_key:
                        return j
                    equal = space.eq_w(w_other, w_key)
                    if self.keys_w is not keys_w or keys_w[j] is not w_other:
                        # __eq__ mutated the set: start again, as CPython
                        return self.find(space, w_key, h)
                    if equal:
                        return j
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = unsigned_rshift(perturb, PERTURB_SHIFT)
            i = (i * 5 + 1 + perturb) & mask

    # ---- insertion -----------------------------------------------------

    def add(self, space, w_key, h):
        """Insert unless an equal element is present; True if inserted.
        Once the chain shows the element is absent, the slot of the last
        deleted element met on the way is reused (as CPython 3.11 does),
        else the empty slot that ended the chain."""
        keys_w = self.keys_w
        mask = self.mask
        i = h & mask
        perturb = h
        free_slot = -1
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = i
            while True:
                w_other = keys_w[j]
                if w_other is None:
                    if free_slot >= 0:
                        keys_w[free_slot] = w_key
                        self.hashes[free_slot] = h
                        self.used += 1
                        return True
                    keys_w[j] = w_key
                    self.hashes[j] = h
                    self.fill += 1
                    self.used += 1
                    if self.fill * 5 >= mask * 3:
                        self.resize(self.growth_target())
                    return True
                if w_other is DELETED:
                    free_slot = j
                elif self.hashes[j] == h:
                    if w_other is w_key:
                        return False
                    equal = space.eq_w(w_other, w_key)
                    if self.keys_w is not keys_w or keys_w[j] is not w_other:
                        return self.add(space, w_key, h)
                    if equal:
                        return False
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = unsigned_rshift(perturb, PERTURB_SHIFT)
            i = (i * 5 + 1 + perturb) & mask

    def growth_target(self):
        if self.used > 50000:
            return self.used * 2
        return self.used * 4

    def insert_clean(self, w_key, h):
        """Insert into a table known to hold no equal element and no
        deleted slots (used while rebuilding)."""
        keys_w = self.keys_w
        mask = self.mask
        i = h & mask
        perturb = h
        while True:
            if keys_w[i] is None:
                keys_w[i] = w_key
                self.hashes[i] = h
                return
            if i + LINEAR_PROBES <= mask:
                j = i + 1
                while j <= i + LINEAR_PROBES:
                    if keys_w[j] is None:
                        keys_w[j] = w_key
                        self.hashes[j] = h
                        return
                    j += 1
            perturb = unsigned_rshift(perturb, PERTURB_SHIFT)
            i = (i * 5 + 1 + perturb) & mask

    def resize(self, min_used):
        """Rebuild with the smallest power-of-two size above ``min_used``,
        re-inserting live elements in old slot order (drops deleted
        slots)."""
        new_size = MIN_SIZE
        while new_size <= min_used:
            new_size <<= 1
        old_keys_w = self.keys_w
        old_hashes = self.hashes
        self.keys_w = [None] * new_size
        self.hashes = [0] * new_size
        self.mask = new_size - 1
        self.fill = self.used
        i = 0
        while i < len(old_keys_w):
            w_key = old_keys_w[i]
            if w_key is not None and w_key is not DELETED:
                self.insert_clean(w_key, old_hashes[i])
            i += 1

    def merge_from(self, space, other):
        """Add every element of another table (CPython's set_merge: one
        presizing resize, then a slot-for-slot copy when this table is
        empty and the sizes agree)."""
        if other is self or other.used == 0:
            return
        if (self.fill + other.used) * 5 >= self.mask * 3:
            self.resize((self.used + other.used) * 2)
        if self.fill == 0 and self.mask == other.mask and \
                other.fill == other.used:
            i = 0
            while i <= other.mask:
                w_key = other.keys_w[i]
                if w_key is not None:
                    self.keys_w[i] = w_key
                    self.hashes[i] = other.hashes[i]
                i += 1
            self.fill = other.fill
            self.used = other.used
            return
        if self.fill == 0:
            self.fill = other.used
            self.used = other.used
            i = 0
            while i <= other.mask:
                w_key = other.keys_w[i]
                if w_key is not None and w_key is not DELETED:
                    self.insert_clean(w_key, other.hashes[i])
                i += 1
            return
        i = 0
        while i <= other.mask:
            w_key = other.keys_w[i]
            if w_key is not None and w_key is not DELETED:
                self.add(space, w_key, other.hashes[i])
            i += 1

    # ---- removal -------------------------------------------------------

    def discard(self, space, w_key, h):
        """Remove the element equal to ``w_key``; False if absent.  The table
        never shrinks here (CPython only rebuilds on the next growth)."""
        j = self.find(space, w_key, h)
        if j < 0:
            return False
        self.keys_w[j] = DELETED
        self.hashes[j] = -1
        self.used -= 1
        return True

    def pop(self):
        """Remove and return an element, scanning from where the previous
        pop stopped (CPython's finger).  The table must not be empty."""
        mask = self.mask
        i = self.finger & mask
        while True:
            w_key = self.keys_w[i]
            if w_key is not None and w_key is not DELETED:
                break
            i += 1
            if i > mask:
                i = 0
        self.keys_w[i] = DELETED
        self.hashes[i] = -1
        self.used -= 1
        self.finger = i + 1
        return w_key

    def clear(self):
        self.keys_w = [None] * MIN_SIZE
        self.hashes = [0] * MIN_SIZE
        self.mask = MIN_SIZE - 1
        self.fill = 0
        self.used = 0

    # ---- reading -------------------------------------------------------

    def live_keys(self):
        """The elements in slot order (a new list)."""
        result = []
        for w_key in self.keys_w:
            if w_key is not None and w_key is not DELETED:
                result.append(w_key)
        return result

    def live_hashes(self):
        result = []
        i = 0
        while i < len(self.keys_w):
            w_key = self.keys_w[i]
            if w_key is not None and w_key is not DELETED:
                result.append(self.hashes[i])
            i += 1
        return result


def shuffle_bits(h):
    return intmask(((h ^ 89869747) ^ intmask(h << 16)) * 3644798167)


def frozenset_hash(table):
    """CPython 3.11's frozenset hash: order-independent mix of the element
    hashes (empty and deleted slots cancel out there, so only live ones
    count)."""
    h = 0
    for x in table.live_hashes():
        h ^= shuffle_bits(x)
    h ^= intmask((table.used + 1) * 1927868237)
    h ^= unsigned_rshift(h, 11) ^ unsigned_rshift(h, 25)
    h = intmask(h * 69069 + 907133923)
    if h == -1:
        h = 590923713
    return h
