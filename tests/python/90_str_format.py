# str.format: positional, numbered, keyword, attribute and index fields.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, -4)
print("{} + {} = {}".format(1, 2, 3))
print("{1} before {0}, {0} again".format("a", "b"))
print("{name} is {age} years".format(name="Bob", age=42))
print("x={0.x} y={0.y}".format(p), "first={0[0]} key={1[k]}".format([9, 8], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{0:.3f} {0:e} {0:g} {1:05d}".format(2.0 / 3, 42))
print("{!r} {!s}".format("q", "q"), "{{}} {}".format("braces"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
row = "{:<8}{:>6}{:>8}"
print(row.format("name", "qty", "price"))
for name, qty, price in [("pen", 3, 1.5), ("book", 1, 12.99)]:
    print(row.format(name, qty, "%.2f" % price))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data), "{0}{1}{0}".format(*"xy"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print("{:,}".format(1234567), "{:x}".format(255), "{:#b}".format(5), "{:%}".format(0.25))
