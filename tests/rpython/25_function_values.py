"""Functions and bound methods as values: variables holding one of several functions, lists of functions."""


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def pick(op):
    if op == "+":
        f = add
    elif op == "-":
        f = sub
    else:
        f = mul
    return f


def apply_all(funcs, a, b):
    results = []
    for f in funcs:
        results.append(f(a, b))
    return results


def fold(f, values, start):
    acc = start
    for v in values:
        acc = f(acc, v)
    return acc


def twice(f, a, b):
    return f(f(a, b), b)


class Accumulator:
    def __init__(self, start):
        self.total = start

    def add(self, n):
        self.total += n
        return self.total

    def times(self, n):
        self.total *= n
        return self.total


OPS = [add, sub, mul]


def entry_point(argv):
    print(apply_all(OPS, 7, 3))
    print(apply_all([mul, mul, add], 2, 5))
    for op in ["+", "-", "*"]:
        print(op, pick(op)(10, 4))
    print(fold(add, [1, 2, 3, 4, 5], 0), fold(mul, [1, 2, 3, 4, 5], 1), fold(sub, [1, 2], 10))
    print(twice(add, 1, 10), twice(mul, 3, 3))
    acc = Accumulator(1)
    step = acc.add
    print(step(4), step(5), acc.total)
    method = acc.times
    print(method(2), acc.total)
    actions = [acc.add, acc.times, acc.add]
    for a in actions:
        print(a(3))
    other = Accumulator(100)
    bound = other.add if acc.total > 50 else acc.add
    print(bound(1), acc.total, other.total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
