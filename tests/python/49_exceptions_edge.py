# Exception edge cases: finally overriding return, raise in except, exceptions in __init__, nesting.
def finally_wins():
    try:
        return "try"
    finally:
        print("finally runs")


def finally_returns():
    try:
        raise ValueError("lost")
    finally:
        return "finally value"


print(finally_wins(), finally_returns())


class Fragile:
    def __init__(self, ok):
        if not ok:
            raise RuntimeError("construction failed")
        self.ok = ok


for flag in [True, False]:
    try:
        f = Fragile(flag)
        print("built", f.ok)
    except RuntimeError as e:
        print("error:", e)


def convert(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            try:
                out.append(float(item))
            except ValueError:
                out.append(None)
    return out


print(convert(["1", "2.5", "x", "-7", "1e3"]))


def reraise_other():
    try:
        {}["k"]
    except KeyError:
        raise IndexError("converted")


try:
    reraise_other()
except IndexError as e:
    print("IndexError:", e)
except KeyError:
    print("wrong")

errors = []
for exc in [ValueError("v"), TypeError("t"), ZeroDivisionError("z"), KeyError("k"), Exception("e")]:
    try:
        raise exc
    except (ValueError, TypeError) as e:
        errors.append("VT:" + str(e))
    except ArithmeticError as e:
        errors.append("A:" + str(e))
    except LookupError as e:
        errors.append("L:" + str(e))
    except Exception as e:
        errors.append("E:" + str(e))
print(errors)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling inner")
        raise
except ValueError as e:
    print("outer got", e, type(e).__name__, e.args)
e = Exception("a", 1)
print(str(e), repr(e), repr(ValueError()), str(KeyError("q")), repr(KeyError("q")))
