# An uncaught exception: traceback on stderr, exit status 1.
def inner(x):
    return 10 // x


def outer(x):
    print("before")
    return inner(x)


print(outer(2))
outer(0)
print("never printed")
