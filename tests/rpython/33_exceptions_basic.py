"""Exceptions: raise, try/except by class, by tuple of classes, `as e`, else, finally, bare re-raise, str(e)."""


def parse_positive(s):
    n = int(s)
    if n <= 0:
        raise ValueError("not positive: " + s)
    return n


def safe_parse(s):
    try:
        n = parse_positive(s)
    except ValueError as e:
        print("  bad input:", str(e))
        return -1
    else:
        print("  parsed", n)
        return n
    finally:
        print("  done with", repr(s))


def lookup(d, key, items, index):
    try:
        return d[key] + items[index]
    except (KeyError, IndexError):
        return -1


def reraise(n):
    try:
        if n == 0:
            raise RuntimeError("zero")
        return 10 // n
    except RuntimeError:
        print("  logging and re-raising")
        raise


def classify_error(kind):
    try:
        if kind == 0:
            raise ValueError("v")
        elif kind == 1:
            raise KeyError("k")
        elif kind == 2:
            raise IndexError("i")
        elif kind == 3:
            raise ZeroDivisionError("z")
        return "no error"
    except ValueError:
        return "ValueError"
    except LookupError as e:
        return "LookupError (" + ("KeyError" if isinstance(e, KeyError) else "IndexError") + ")"
    except ArithmeticError:
        return "ArithmeticError"


def entry_point(argv):
    for s in ["42", "-3", "0", "17"]:
        print(s, "->", safe_parse(s))
    d = {"a": 1}
    items = [10, 20]
    print(lookup(d, "a", items, 1), lookup(d, "b", items, 0), lookup(d, "a", items, 5))
    for n in [5, 0]:
        try:
            print("result", reraise(n))
        except RuntimeError as e:
            print("caught again:", str(e))
    for k in range(5):
        print(k, classify_error(k))
    try:
        raise Exception("plain exception")
    except Exception as e:
        print("Exception:", str(e))
    caught = 0
    for i in range(10):
        try:
            if i % 3 == 0:
                raise ValueError("multiple of three")
        except ValueError:
            caught += 1
            continue
        finally:
            caught += 100
    print("caught", caught)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
