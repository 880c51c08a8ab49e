# Multiple inheritance: C3 linearisation, __mro__, cooperative super().
class Base:
    def __init__(self):
        self.trail = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Diamond")

    def hello(self):
        return "Diamond>" + super().hello()


d = Diamond()
print([c.__name__ for c in Diamond.__mro__])
print(d.trail, d.hello())
print(isinstance(d, Right), issubclass(Diamond, Base), issubclass(Base, Diamond))


class A: pass
class B: pass
class C: pass
class D: pass
class E: pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


print([c.__name__ for c in Z.__mro__])
print([b.__name__ for b in Z.__bases__], Z.__base__.__name__ if hasattr(Z, "__base__") else "")
try:
    class Bad(A, K1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Mixin:
    def describe(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in sorted(vars(self).items())))


class Point(Mixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


print(Point(1, 2).describe(), Point3(1, 2, 3).describe())
print([c.__name__ for c in Point3.__mro__], Point3.__name__, object.__name__)
print(super(Left, d).hello(), Left.hello(d), Diamond.__mro__[2].hello(d))
