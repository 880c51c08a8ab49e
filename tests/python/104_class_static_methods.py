# classmethod (alternative constructors, inheritance), staticmethod, class state.
class Date:
    created = 0

    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day
        Date.created += 1

    @classmethod
    def from_string(cls, text):
        year, month, day = [int(part) for part in text.split("-")]
        return cls(year, month, day)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return "%s(%04d-%02d-%02d)" % (type(self).__name__, self.year, self.month, self.day)


class BusinessDate(Date):
    def is_weekend_placeholder(self):
        return False


print(Date.from_string("2024-02-29"), BusinessDate.from_string("1999-12-31"), BusinessDate.epoch())
print(Date.is_leap(2000), Date.is_leap(1900), Date(2020, 1, 1).is_leap(2024), Date.created)
d = BusinessDate.epoch()
print(type(d).__name__, isinstance(d, Date), d.from_string("2001-01-01"))
f = Date.from_string
print(f("2010-10-10"), Date.is_leap.__name__ if hasattr(Date.is_leap, "__name__") else "")


class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)

    @staticmethod
    def normalise(name):
        return name.strip().lower()


print(Registry.register(Registry.normalise("  Alpha ")), Registry.register("beta"), Registry.items)


class Shape:
    sides = 0

    @classmethod
    def describe(cls):
        return "%s with %d sides" % (cls.__name__, cls.sides)


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4


print([k.describe() for k in (Shape, Triangle, Square)], Square().describe())
