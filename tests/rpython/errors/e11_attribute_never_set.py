# error: 10: never set
"""An attribute that is read but never assigned anywhere."""


class Box:
    def __init__(self, width):
        self.width = width

    def area(self):
        return self.width * self.height


def entry_point(argv):
    print(Box(3).area())
    return 0
