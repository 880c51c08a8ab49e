# Abstract methods via NotImplementedError, polymorphism, isinstance chains, class attributes.
class Shape:
    sides = 0

    def area(self):
        raise NotImplementedError("subclass must implement area")

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.2f}"


class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)


class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        self.base = base
        self.height = height

    def area(self):
        return 0.5 * self.base * self.height


shapes = [Rectangle(2, 3), Square(4), Triangle(3, 5)]
for s in shapes:
    print(s.describe(), isinstance(s, Rectangle), isinstance(s, Shape))
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(sorted([s.area() for s in shapes]), sum(s.sides for s in shapes))
print(Square.sides, Square.__name__, issubclass(Square, Shape), issubclass(Triangle, Rectangle))
Shape.sides = 99
print(Triangle.sides, Shape().sides, hasattr(Square(1), "w"), getattr(Square(2), "h", None))
