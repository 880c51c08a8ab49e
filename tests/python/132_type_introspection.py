# type(), isinstance with tuples, issubclass, __class__, __name__, callable, id.
values = [1, 2.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(3), len, print]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, object), callable(v))
print(type(1) is int, type(True) is bool, isinstance(True, int), issubclass(bool, int), issubclass(int, object))
print(type("x") == str, type(type(1)).__name__, type(int).__name__, isinstance(int, type))


class Animal:
    pass


class Dog(Animal):
    pass


d = Dog()
print(type(d).__name__, d.__class__.__name__, isinstance(d, Animal), issubclass(Dog, (str, Animal)))
print(type(d) is Dog, type(d) == Animal, Dog.__bases__[0].__name__, Animal.__name__)
a = [1, 2]
b = a
print(id(a) == id(b), id(a) == id([1, 2]), a is b)
print(isinstance(3, (str, (list, int))), isinstance("x", ()), type(None).__name__)
print(int.__name__, str.__name__, list.__name__, dict.__name__, type(lambda: 0).__name__)
print(isinstance(range(3), range), type(iter([])).__name__ in ("list_iterator", "iterator"))
checks = {int: 0, str: 0, list: 0}
for v in [1, "a", [2], 3, "b"]:
    checks[type(v)] += 1
print(sorted((k.__name__, n) for k, n in checks.items()))
print(Dog.__module__, Dog.__qualname__, int.__module__, Animal, repr(Dog), type(d))
