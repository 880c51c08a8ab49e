# An uncaught exception through methods, a generator and a with statement (traceback on stderr, status 1).
class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False


def values():
    yield 1
    yield {}["missing"]


class Runner:
    def go(self):
        with Ctx():
            for v in values():
                print("value", v)


Runner().go()
