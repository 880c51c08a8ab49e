# Exception chaining: raise from, __cause__, __context__, __suppress_context__.
class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number: " + text) from e


try:
    parse("x")
except ConfigError as e:
    print(repr(e), type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("quiet") from None
except ValueError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

e = ValueError("a", 2)
print(e.args, str(e), repr(e), repr(ValueError()), str(ValueError("x")), repr(KeyError("k")))


def cleanup_chain():
    try:
        raise TypeError("first")
    finally:
        print("finally runs")


try:
    cleanup_chain()
except TypeError as e:
    print("caught", e, e.__context__)

errors = []
for thunk in [lambda: 1 / 0, lambda: [][0], lambda: {}[1]]:
    try:
        thunk()
    except (ZeroDivisionError, IndexError) as e:
        errors.append(type(e).__name__)
    except LookupError as e:
        errors.append("lookup:" + type(e).__name__)
print(errors)
print(issubclass(ConfigError, Exception), isinstance(ConfigError("x"), BaseException))
print(ConfigError.__mro__[1].__name__, [c.__name__ for c in KeyError.__mro__])
