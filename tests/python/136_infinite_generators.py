# Infinite generators and lazy pipelines (take, count, cycle, primes).
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def take(n, iterable):
    out = []
    for item in iterable:
        if len(out) >= n:
            break
        out.append(item)
    return out


def cycle(items):
    while True:
        for item in items:
            yield item


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def running_sum(iterable):
    total = 0
    for x in iterable:
        total += x
        yield total


def pairwise(iterable):
    it = iter(iterable)
    prev = next(it)
    for item in it:
        yield prev, item
        prev = item


print(take(5, count(10, 5)), take(7, cycle("ab")), take(10, primes()))
print(take(6, running_sum(count(1))), list(pairwise([1, 4, 9, 16])))
print(take(5, (x * x for x in count() if x % 3 == 0)))
gen = primes()
print(next(gen), next(gen), next(gen), [next(gen) for _ in range(3)])
fib = lambda: (yield)
print(type(fib()).__name__)


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print([f for f in take(100, fibonacci()) if f % 7 == 0][:5], take(3, map(str, fibonacci())))
g = count()
g.close()
print(list(g))
