"""try/finally ordering: return and break inside try, exceptions inside handlers, nested try blocks, cleanup logs."""


class Log:
    def __init__(self):
        self.lines = []


LOG = Log()


def note(s):
    LOG.lines.append(s)


def returns_in_try(x):
    try:
        note("try " + str(x))
        if x > 0:
            return "positive"
        return "not positive"
    finally:
        note("finally " + str(x))


def break_in_try(limit):
    i = 0
    while True:
        try:
            i += 1
            if i >= limit:
                break
        finally:
            note("iteration " + str(i))
    return i


def error_in_handler(x):
    try:
        try:
            return 10 // x
        except ZeroDivisionError:
            note("handler for zero")
            raise ValueError("converted")
        finally:
            note("inner finally")
    except ValueError as e:
        note("outer caught " + str(e))
        return -1


def nested(depth):
    try:
        if depth == 0:
            raise KeyError("bottom")
        return nested(depth - 1) + 1
    finally:
        note("unwind " + str(depth))


def entry_point(argv):
    print(returns_in_try(5), returns_in_try(-5))
    print(break_in_try(3))
    print(error_in_handler(5), error_in_handler(0))
    try:
        nested(3)
    except KeyError:
        note("caught bottom")
    for line in LOG.lines:
        print(line)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
