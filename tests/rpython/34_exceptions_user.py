"""User-defined exception classes with attributes, an exception hierarchy, and catching by base class."""


class AppError(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail


class NotFound(AppError):
    def __init__(self, what):
        AppError.__init__(self, 404, "not found: " + what)
        self.what = what


class Forbidden(AppError):
    def __init__(self, user):
        AppError.__init__(self, 403, "forbidden for " + user)


class RetryLater(Exception):
    def __init__(self, seconds):
        self.seconds = seconds


def fetch(path, user):
    if user == "guest" and path.startswith("/admin"):
        raise Forbidden(user)
    if path == "/busy":
        raise RetryLater(30)
    if not path.startswith("/"):
        raise AppError(400, "bad path " + path)
    if path != "/" and path != "/home":
        raise NotFound(path)
    return "content of " + path


def handle(path, user):
    try:
        return "200 " + fetch(path, user)
    except NotFound as e:
        return str(e.code) + " " + e.detail + " [" + e.what + "]"
    except AppError as e:
        return str(e.code) + " " + e.detail
    except RetryLater as e:
        return "503 retry in " + str(e.seconds) + "s"


def entry_point(argv):
    requests = [("/", "ann"), ("/home", "guest"), ("/admin/x", "guest"), ("/admin/x", "ann"), ("/busy", "bob"), ("nope", "ann")]
    for path, user in requests:
        print(path, user, "->", handle(path, user))
    errors = [NotFound("a"), Forbidden("b"), AppError(500, "boom")]
    for err in errors:
        try:
            raise err
        except AppError as e:
            print(e.code, e.detail, isinstance(e, NotFound), isinstance(e, Forbidden))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
