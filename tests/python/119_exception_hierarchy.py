# The built-in exception hierarchy, except ordering, custom hierarchies.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
         (KeyError, LookupError), (IndexError, LookupError), (FileNotFoundError, OSError),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
         (StopIteration, Exception), (SystemExit, Exception), (KeyboardInterrupt, BaseException),
         (GeneratorExit, Exception), (AssertionError, Exception), (TypeError, ValueError)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))


class AppError(Exception):
    def __init__(self, message, code=500):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])


class NotFound(AppError):
    def __init__(self, what):
        super().__init__("%s not found" % what, 404)


class Forbidden(AppError):
    pass


def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return "not found handler: %s" % e
    except AppError as e:
        return "app handler: %s (code %d)" % (e, e.code)
    except (KeyError, IndexError) as e:
        return "lookup handler: %r" % e
    except Exception as e:
        return "generic handler: %s" % type(e).__name__


for exc in [NotFound("page"), Forbidden("no access", 403), AppError("boom"), KeyError("k"),
            IndexError(3), ValueError("v"), ZeroDivisionError()]:
    print(handle(exc))
print(repr(NotFound("x")), NotFound("x").args, isinstance(NotFound("x"), AppError))
e = AppError("plain")
print(str(e), e.code, [c.__name__ for c in NotFound.__mro__])
try:
    raise NotFound
except TypeError as err:
    print("TypeError:", err)
try:
    raise 42
except TypeError as err:
    print("TypeError:", err)
