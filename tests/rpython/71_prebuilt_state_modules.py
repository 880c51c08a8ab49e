"""Prebuilt instances, lists and dicts as mutable global state across modules; virtual dispatch over a prebuilt list; memoisation in a prebuilt dict."""
import mod_registry
from mod_registry import LIMIT, register, REGISTRY as R

class Op:
    code = 0
    def run(self, x):
        return x

class Inc(Op):
    code = 1
    def run(self, x):
        return x + 1

class Dbl(Op):
    code = 2
    def run(self, x):
        return x * 2

PROGRAM = [Inc(), Dbl(), Inc(), Op()]
TABLE = {1: [1, 2], 2: []}
CACHE = {}

def fib(n):
    if n in CACHE:
        return CACHE[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    CACHE[n] = r
    return r

def entry_point(argv):
    x = 1
    for op in PROGRAM:
        x = op.run(x)
        print(op.code, x, end=" ")
    print()
    TABLE[2].append(7)
    TABLE[3] = [9]
    print(TABLE, LIMIT, mod_registry.NAMES, mod_registry.LIMIT * 2)
    for name in ["z", "y", "z", "x"]:
        register(name, len(name) * LIMIT)
    print(R.order, R.items, mod_registry.REGISTRY.order)
    print(fib(50), len(CACHE))
    pairs = [(p.code, type_name(p)) for p in PROGRAM]
    pairs.sort()
    print(pairs)
    return 0

def type_name(op):
    if isinstance(op, Inc):
        return "inc"
    if isinstance(op, Dbl):
        return "dbl"
    return "op"

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
