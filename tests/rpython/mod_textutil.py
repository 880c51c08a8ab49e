"""Helper module for 45_import_modules: small text utilities."""

SEPARATOR = " | "


def pad_left(s, width):
    if len(s) >= width:
        return s
    return " " * (width - len(s)) + s


def title_case(s):
    words = []
    for w in s.split():
        words.append(w.capitalize())
    return " ".join(words)


def join_all(items):
    return SEPARATOR.join(items)
