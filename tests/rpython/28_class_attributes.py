"""Class attributes: constants overridden in subclasses, read through self and through the class."""


class Shape:
    SIDES = 0
    NAME = "shape"
    SCALE = 1.0

    def __init__(self, size):
        self.size = size

    def perimeter(self):
        return self.SIDES * self.size * self.SCALE

    def label(self):
        return self.NAME + "/" + str(self.SIDES)


class Triangle(Shape):
    SIDES = 3
    NAME = "triangle"


class Square(Shape):
    SIDES = 4
    NAME = "square"


class BigSquare(Square):
    SCALE = 10.0
    NAME = "big square"


class Config:
    DEBUG = False
    LEVELS = ("low", "mid", "high")
    LIMIT = 100


def entry_point(argv):
    shapes = [Shape(1), Triangle(2), Square(3), BigSquare(3)]
    for s in shapes:
        print(s.label(), s.perimeter(), s.SIDES, s.SCALE)
    print(Shape.SIDES, Triangle.SIDES, Square.NAME, BigSquare.SIDES, BigSquare.SCALE)
    print(Config.DEBUG, Config.LEVELS, Config.LEVELS[2], Config.LIMIT * 2)
    total = 0
    for s in shapes:
        total += s.SIDES
    print("total sides", total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
