# The with statement: __enter__/__exit__, suppression, return and break inside, several items.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type is not None else None, exc)
        return self.suppress
with Resource("a") as r:
    print("body", r.name)
with Resource("b", True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
def f():
    with Resource("d"):
        return "returned"
print(f())
for i in range(3):
    with Resource("loop%d" % i):
        if i == 1:
            break
with Resource("x") as x, Resource("y") as y:
    print(x.name + y.name)
