# An uncaught exception raised from another: the traceback ends with the new one.
class ParseError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ParseError("invalid port %r" % text) from e
    return port


print(parse_port("8080"))
print(parse_port("http"))
