"""Helper module for 45_import_modules: points, vectors and shapes."""

UNIT = 1.0
ORIGIN_NAME = "origin"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


class Rect:
    def __init__(self, corner, width, height):
        self.corner = corner
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def contains(self, p):
        return (self.corner.x <= p.x <= self.corner.x + self.width
                and self.corner.y <= p.y <= self.corner.y + self.height)


def manhattan(a, b):
    dx = a.x - b.x
    dy = a.y - b.y
    if dx < 0:
        dx = -dx
    if dy < 0:
        dy = -dy
    return dx + dy


def describe(p):
    return "(" + str(p.x) + ", " + str(p.y) + ")"
