# yield from: delegation, return values, send through, nested generators.
def inner(n):
    total = 0
    for i in range(n):
        received = yield i
        if received is not None:
            total += received
    return total


def outer():
    result = yield from inner(3)
    yield "inner returned %s" % result
    result2 = yield from inner(2)
    return result2


gen = outer()
print(next(gen))
print(gen.send(10))
print(gen.send(20))
print(gen.send(30))
print(next(gen))
print(next(gen))
try:
    gen.send(5)
except StopIteration as e:
    print("StopIteration value", e.value)


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(3), (x * x for x in range(3)))))


def tree(depth):
    if depth == 0:
        return ["leaf"]
    yield "node%d" % depth
    got = yield from tree(depth - 1)
    return got


print(list(tree(3)))


def counter():
    n = yield from ()
    return n


g = counter()
try:
    next(g)
except StopIteration as e:
    print("empty delegation", e.value)
