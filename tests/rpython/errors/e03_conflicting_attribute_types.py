# error: 10: conflicting types
"""An attribute is an int in __init__ and a str elsewhere."""


class Meter:
    def __init__(self):
        self.reading = 0

    def calibrate(self):
        self.reading = "calibrated"


def entry_point(argv):
    m = Meter()
    m.calibrate()
    print(m.reading)
    return 0
