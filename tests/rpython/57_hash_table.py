"""An open-addressing hash table written by hand: string hashing with intmask, linear probing, resizing, deletion."""
from rlib.rarithmetic import intmask

EMPTY = 0
USED = 1
DELETED = 2


def string_hash(s):
    h = 5381
    for ch in s:
        h = intmask(h * 33 + ord(ch))
    return h


class HashTable:
    def __init__(self, capacity):
        self.keys = [""] * capacity
        self.values = [0] * capacity
        self.state = [EMPTY] * capacity
        self.count = 0
        self.probes = 0

    def _slot(self, key):
        cap = len(self.keys)
        i = string_hash(key) % cap
        first_deleted = -1
        while True:
            self.probes += 1
            st = self.state[i]
            if st == EMPTY:
                return i if first_deleted < 0 else first_deleted
            if st == DELETED:
                if first_deleted < 0:
                    first_deleted = i
            elif self.keys[i] == key:
                return i
            i = (i + 1) % cap

    def put(self, key, value):
        if (self.count + 1) * 3 > len(self.keys) * 2:
            self._resize(len(self.keys) * 2)
        i = self._slot(key)
        if self.state[i] != USED:
            self.count += 1
        self.keys[i] = key
        self.values[i] = value
        self.state[i] = USED

    def get(self, key, default):
        i = self._slot(key)
        if self.state[i] == USED:
            return self.values[i]
        return default

    def delete(self, key):
        i = self._slot(key)
        if self.state[i] != USED:
            return False
        self.state[i] = DELETED
        self.count -= 1
        return True

    def _resize(self, capacity):
        old_keys = self.keys
        old_values = self.values
        old_state = self.state
        self.keys = [""] * capacity
        self.values = [0] * capacity
        self.state = [EMPTY] * capacity
        self.count = 0
        for i in range(len(old_keys)):
            if old_state[i] == USED:
                self.put(old_keys[i], old_values[i])

    def items(self):
        out = []
        for i in range(len(self.keys)):
            if self.state[i] == USED:
                out.append((self.keys[i], self.values[i]))
        out.sort()
        return out


def entry_point(argv):
    print([string_hash(w) for w in ["", "a", "abc", "hash table", "😀"]])
    t = HashTable(4)
    words = "the quick brown fox jumps over the lazy dog and the quick cat".split()
    for w in words:
        t.put(w, t.get(w, 0) + 1)
    print(t.count, len(t.keys), t.items())
    print(t.get("the", -1), t.get("quick", -1), t.get("missing", -1))
    print(t.delete("the"), t.delete("the"), t.delete("nothing"), t.count)
    t.put("the", 100)
    print(t.get("the", -1), t.count)
    for i in range(200):
        t.put("k" + str(i), i * i)
    total = 0
    for i in range(200):
        total += t.get("k" + str(i), 0)
    print(t.count, len(t.keys), total, t.get("k199", -1))
    for i in range(0, 200, 2):
        t.delete("k" + str(i))
    print(t.count, t.get("k10", -1), t.get("k11", -1))
    print("probes > 0:", t.probes > 0)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
