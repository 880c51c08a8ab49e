"""Helper module imported by 17_imports.py."""

PI = 3.14159


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return PI * self.r * self.r


def describe(shape):
    return "circle of radius " + str(shape.r)
