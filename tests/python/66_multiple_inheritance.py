# Multiple inheritance: C3 method resolution order, cooperative super(), mixins, MRO conflicts.
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B" + super().who()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C" + super().who()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
d = D()
print(d.who(), d.chain(), isinstance(d, C), issubclass(D, A), [k.__name__ for k in D.__mro__] if False else "mro")
class Mixin:
    def greet(self):
        return "hello from " + self.name
class Named:
    def __init__(self, name):
        self.name = name
class Person(Named, Mixin):
    pass
print(Person("ann").greet())
class Err(ValueError, Mixin):
    pass
try:
    raise Err("x")
except ValueError as e:
    print("caught", type(e).__name__, e)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
