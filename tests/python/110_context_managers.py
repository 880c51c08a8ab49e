# with: __enter__/__exit__, suppression, nesting, exceptions in exit paths.
class Tag:
    depth = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  " * Tag.depth + "<" + self.name + ">")
        Tag.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        status = "" if exc_type is None else " (%s: %s)" % (exc_type.__name__, exc)
        print("  " * Tag.depth + "</" + self.name + ">" + status)
        return self.suppress


with Tag("html") as page:
    with Tag("body"), Tag("div") as div:
        print("    content of", div.name, page.name)

with Tag("outer", suppress=True):
    with Tag("inner"):
        raise ValueError("bad markup")
    print("not reached")
print("after suppressed error")

try:
    with Tag("fails"):
        {}["k"]
except KeyError as e:
    print("propagated KeyError", e)


def find(items, target):
    with Tag("search"):
        for i, item in enumerate(items):
            if item == target:
                return i
    return -1


print(find([4, 5, 6], 5), find([], 1))

for n in range(3):
    with Tag("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
print("loop done")


class Resource:
    opened = 0

    def __enter__(self):
        Resource.opened += 1
        return "handle%d" % Resource.opened

    def __exit__(self, *exc):
        Resource.opened -= 1
        return False


with Resource() as a, Resource() as b:
    print(a, b, Resource.opened)
print(Resource.opened)
