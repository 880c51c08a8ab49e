# User-defined exception classes with attributes and hierarchies.
class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, msg, line):
        AppError.__init__(self, msg)
        self.line = line

    def __str__(self):
        return "line " + str(self.line) + ": " + self.args[0]


def parse(text, line):
    if text == "":
        raise ParseError("empty input", line)
    if not text.isdigit():
        raise AppError("not a number: " + text)
    return int(text)


for t in ["12", "", "x1"]:
    try:
        print("parsed", parse(t, 7))
    except ParseError as e:
        print("ParseError", e, e.line)
    except AppError as e:
        print("AppError", e)

try:
    raise AppError
except Exception as e:
    print("class raised:", repr(e), isinstance(e, AppError), str(e) == "")


def check(x):
    assert x > 0, "x must be positive"
    return x


try:
    check(-1)
except AssertionError as e:
    print("assert:", e)
