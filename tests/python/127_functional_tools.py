# map, filter, zip, enumerate, reversed, lambda, higher-order functions.
nums = list(range(1, 11))
print(list(map(lambda x: x * x, nums)), list(filter(lambda x: x % 3 == 0, nums)))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(str.upper, ["a", "b"])), list(filter(None, [0, 1, "", "x", None, []])))
print(list(zip("abc", range(5), [True, False, True])), list(zip()), dict(zip(range(3), "xyz")))
print(list(enumerate("xyz", start=1)), list(reversed(range(5))), list(reversed([1, [2], "3"])))
pairs = [(1, "one"), (2, "two"), (3, "three")]
numbers, names = zip(*pairs)
print(numbers, names)


def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run


def curry(f, *first):
    return lambda *rest: f(*(first + rest))


def fold(f, items, initial):
    acc = initial
    for item in items:
        acc = f(acc, item)
    return acc


print(compose(len, str, abs)(-12345), curry(max, 3)(1, 2), curry(pow, 2)(10))
print(fold(lambda a, b: a * b, nums, 1), fold(lambda acc, w: acc + [w.upper()], ["x", "y"], []))
print(sorted(["bb", "a", "ccc"], key=len), max(nums, key=lambda n: n % 7), min("zyx"))
counter = {}
list(map(lambda w: counter.update({w: counter.get(w, 0) + 1}), "a b a c b a".split()))
print(counter)
squares = {n: n * n for n in nums if n % 2}
print(squares, any(map(lambda n: n > 9, nums)), all(map(lambda n: n > 0, nums)))
it = map(lambda x: x * 10, [1, 2, 3])
print(next(it), list(it), list(it))
print(list(filter(str.isdigit, "a1b22c3")), "".join(map(str, range(5))))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(100) for f in adders], (lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
