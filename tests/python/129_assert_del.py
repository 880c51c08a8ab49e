# assert statements and del of names, items, attributes and slices.
def check_positive(n):
    assert n > 0, "expected positive, got %d" % n
    return n


print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError with no message:", repr(e))

x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)


class Box:
    pass


box = Box()
box.a = 1
box.b = 2
del box.a
print(hasattr(box, "a"), box.b)
data = {"k": 1, "j": 2}
del data["k"]
print(data)
items = [0, 1, 2, 3, 4, 5]
del items[0], items[-1]
print(items)
del items[::2]
print(items)


def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: %s" % e


print(local_del())
a, b = 1, 2
del a, b
print("a" in dir() if False else "deleted")
