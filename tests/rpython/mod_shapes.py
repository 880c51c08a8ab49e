"""Helper module for 62_shapes_polymorphism: a small class hierarchy of shapes."""
import math


class Shape:
    KIND = "shape"

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def perimeter(self):
        return 0.0

    def summary(self):
        return f"{self.KIND:<9} {self.name:<6} area={self.area():9.3f} perimeter={self.perimeter():8.3f}"


class Circle(Shape):
    KIND = "circle"

    def __init__(self, name, radius):
        Shape.__init__(self, name)
        self.radius = radius

    def area(self):
        return math.pi * self.radius * self.radius

    def perimeter(self):
        return 2.0 * math.pi * self.radius


class Rectangle(Shape):
    KIND = "rectangle"

    def __init__(self, name, width, height):
        Shape.__init__(self, name)
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2.0 * (self.width + self.height)


class Square(Rectangle):
    KIND = "square"

    def __init__(self, name, side):
        Rectangle.__init__(self, name, side, side)


class Triangle(Shape):
    KIND = "triangle"

    def __init__(self, name, a, b, c):
        Shape.__init__(self, name)
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        s = self.perimeter() / 2.0
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
