# Scoping rules: locals shadowing globals, global/nonlocal declarations, class scopes, default argument binding.
x = "global"


def read():
    return x


def shadow():
    x = "local"
    return x


def outer():
    x = "outer"

    def inner():
        return x

    def modify():
        nonlocal x
        x = "modified"

    before = inner()
    modify()
    return before, inner(), x


class K:
    x = "class"
    y = x + "!"

    def method(self):
        return x


def defaults(a, b=x):
    return a + "/" + b


print(read(), shadow(), outer(), K.y, K().method(), defaults("a"))
x = "changed"
print(read(), defaults("a"), K.x)


def counter():
    global x
    x = "set by counter"


counter()
print(x)
