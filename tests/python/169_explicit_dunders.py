# Special methods of built-in values called explicitly, as wrappers and
# adapters often do.
nums = [3, 1, 2]
print(nums.__len__(), nums.__getitem__(0), nums.__contains__(2), "abc".__contains__("b"))
nums.__setitem__(1, 10)
nums.__delitem__(0)
print(nums, (3).__add__(4), (2.5).__mul__(2), "ab".__add__("cd"), (7).__floordiv__(2))
print((1).__lt__(2), "b".__ge__("a"), [1].__eq__([1]), (5).__ne__(5), (9).__mod__(4), (-3).__neg__())
d = {"k": 1}
d.__setitem__("j", 2)
print(d.__getitem__("j"), d.__len__(), sorted(d.__iter__()), d.__repr__(), (0).__bool__(), "x".__str__())
print(hasattr([], "__len__"), hasattr(5, "__add__"), (2).__pow__(10), hash("a") == "a".__hash__())


class LoggedDict:
    """Delegates to a dict through its special methods, logging writes."""

    def __init__(self):
        self.data = {}
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(key)
        self.data.__setitem__(key, value)

    def __getitem__(self, key):
        return self.data.__getitem__(key)

    def __len__(self):
        return self.data.__len__()


ld = LoggedDict()
ld["a"] = 1
ld["b"] = 2
print(ld["a"], len(ld), ld.log)
try:
    ld["zz"]
except KeyError as e:
    print("KeyError:", e)
