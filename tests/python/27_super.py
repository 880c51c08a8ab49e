# super() in __init__ and overridden methods; super(C, self).
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area()}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return "[" + super().describe() + "]"


class Cube(Square):
    def describe(self):
        return super(Cube, self).describe() + " (3d)"


for s in [Shape("blob"), Rect(2, 3), Square(4), Cube(2)]:
    print(s.describe())


class LoggedError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise LoggedError("bad value", 7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
