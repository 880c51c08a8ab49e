# Generators, generator expressions, yield from, finally in generators.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(10)], next(g))
print(sum(x * x for x in range(10)), ",".join(str(x) for x in [1, 2, 3] if x != 2), list(c.upper() for c in "abc"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "ab")))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in with_finally():
    print("got", v)
gen = (i for i in range(3))
print(next(gen), next(gen), next(gen), next(gen, "done"))
def evens(limit):
    for n in range(limit):
        if n % 2 == 0:
            yield n
print(max(evens(20)), any(x > 15 for x in evens(20)), all(x % 2 == 0 for x in evens(20)))
def gen_ret():
    yield 1
    return
print(list(gen_ret()))
