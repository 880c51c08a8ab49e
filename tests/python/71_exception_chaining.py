# Exception chaining: an uncaught exception raised while handling another (context printed on stderr), raise ... from.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError("bad " + s)
def cause():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
try:
    cause()
except RuntimeError as e:
    print("caught", e)
parse("x")
