# Generator pipelines: lazy reading, filtering, windowing, and early termination.
def numbers():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def primes():
    found = []
    for n in numbers():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(take(10, primes())))
print(list(windows(take(6, numbers()), 3)))
squares = (x * x for x in numbers())
evens = (x for x in squares if x % 2 == 0)
print(list(take(5, evens)))
g = take(3, numbers())
print(next(g), list(g), list(g))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield "node%d" % depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)


print(list(tree(2)), sum(1 for _ in tree(6)))
