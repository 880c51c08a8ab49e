# try/except/else/finally, raising, exception objects.
def divide(a, b):
    try:
        result = a // b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally for", a, b)


print(divide(10, 2), divide(1, 0))

try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)

try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))

try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)

try:
    undefined_name
except NameError as e:
    print("NameError:", e)

try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)

try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError("custom", 42)
except (TypeError, ValueError) as e:
    print("tuple match:", e, e.args)

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)


def nested():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("wrong handler")
    except LookupError as e:
        print("outer caught", repr(e))
        try:
            raise
        except KeyError:
            print("re-raised and caught again")


nested()
try:
    try:
        1 / 0
    finally:
        print("finally runs before propagation")
except ZeroDivisionError:
    print("propagated")
