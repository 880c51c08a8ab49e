# args: 3
"""Function values kept in the heap while the garbage collector runs: in
instance fields, list items, dict values and tuples, next to ordinary
references. A collector must not mistake a function for an object."""


def double(x):
    return 2 * x


def square(x):
    return x * x


def negate(x):
    return -x


class Operation:
    def __init__(self, name, func, weight):
        self.name = name
        self.func = func
        self.weight = weight
        self.history = []

    def apply(self, x):
        result = self.func(x)
        self.history.append(result)
        return result * self.weight


def churn(rounds):
    """Allocates enough short-lived objects to make every collector run."""
    total = 0
    for r in range(rounds):
        junk = []
        for i in range(20000):
            junk.append(Operation("tmp", double, i))
        total += len(junk[-1].name) + junk[r].weight
    return total


def entry_point(argv):
    rounds = int(argv[1])
    ops = [Operation("double", double, 1), Operation("square", square, 2), Operation("negate", negate, 3)]
    funcs = [square, negate, double]
    table = {"d": double, "s": square, "n": negate}
    pairs = [(double, "double"), (negate, "negate")]
    churned = 0
    for step in range(rounds):
        churned += churn(3)
        line = []
        for op in ops:
            line.append(op.name + "=" + str(op.apply(step + 2)))
        for f in funcs:
            line.append(str(f(step + 5)))
        for key in "dsn":
            line.append(key + str(table[key](step)))
        for f, name in pairs:
            line.append(name + ":" + str(f(7)))
        print(" ".join(line))
    print("churned", churned)
    for op in ops:
        print(op.name, op.history)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
