"""Iterating over tuples whose items share one type (strs, instances of one hierarchy, ints), and the builtins that take them."""
class A:
    def name(self):
        return "a"

class B(A):
    def name(self):
        return "b"

def entry_point(argv):
    for w in ("x", "y", "z"):
        print(w, end=" ")
    print()
    for o in (A(), B(), A()):
        print(o.name(), end=" ")
    print()
    t = (3, 1, 2)
    print(sorted(t), list(t), list(enumerate(("p", "q"))), max(t), 2 in t)
    total = 0
    for n in t:
        total += n
    print(total)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
