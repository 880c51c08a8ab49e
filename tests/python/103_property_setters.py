# @property with setters and deleters, validation, computed attributes.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 6))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)


class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    area = property(lambda self: self.w * self.h)

    def get_ratio(self):
        return self.w / self.h

    def set_ratio(self, r):
        self.w = self.h * r

    ratio = property(get_ratio, set_ratio)


r = Rectangle(4, 2)
print(r.area, r.ratio)
r.ratio = 3
print(r.w, r.area)
try:
    r.area = 10
except AttributeError as e:
    print("AttributeError:", type(e).__name__)


class Lazy:
    computed = 0

    @property
    def value(self):
        if not hasattr(self, "_value"):
            Lazy.computed += 1
            self._value = sum(range(100))
        return self._value


obj = Lazy()
print(obj.value, obj.value, Lazy.computed, type(Lazy.__dict__["value"]).__name__)


class Account:
    def __init__(self):
        self._balance = 0
        self.log = []

    @property
    def balance(self):
        self.log.append("read")
        return self._balance

    @balance.setter
    def balance(self, amount):
        self.log.append("write %d" % amount)
        self._balance = amount


acc = Account()
acc.balance += 10
acc.balance *= 3
print(acc.balance, acc.log)
