"""Exception subclasses that call Exception.__init__ explicitly, subclasses of built-in exceptions, an uncaught user exception."""
class MyErr(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code

class Other(ValueError):
    pass

def entry_point(argv):
    try:
        raise MyErr("boom", 3)
    except MyErr as e:
        print(str(e), e.code)
    try:
        raise Other("bad value")
    except ValueError as e:
        print("caught", e)
    raise Other("final")

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
