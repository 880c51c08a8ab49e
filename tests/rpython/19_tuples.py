"""Tuples: fixed length, mixed item types, equality, comparison, as return values and dict keys."""


def divmod_pair(a, b):
    return (a // b, a % b)


def stats(values):
    total = 0.0
    for v in values:
        total += v
    return (len(values), total, total / len(values))


def make_record(name, age, active):
    return (name, age, active)


def entry_point(argv):
    t = (1, "two", 3.0, True)
    print(t, len(t), t[0], t[1], t[2], t[3], t[-1])
    q, r = divmod_pair(47, 5)
    print(q, r, divmod_pair(-47, 5))
    n, total, avg = stats([1.0, 2.0, 4.5])
    print(n, total, avg)
    rec = make_record("ann", 42, False)
    print(rec, rec == ("ann", 42, False), rec != ("ann", 43, False))
    print((1, 2) == (1, 2), (1, 2) < (1, 3), (2, 0) > (1, 9), ("a", 1) < ("a", 2), (1, 2) <= (1, 2))
    points = [(0, 0), (3, 4), (-1, 2)]
    for x, y in points:
        print(x, y, x * x + y * y)
    dist = {}
    for p in points:
        dist[p] = p[0] * p[0] + p[1] * p[1]
    print(dist, dist[(3, 4)])
    nested = ((1, 2), ("a", ("b", 3.5)))
    print(nested, nested[1][1][0], nested[1][1][1])
    single = (99,)
    print(single, len(single), single[0])
    swapped = (t[1], t[0])
    print(swapped)
    records = [make_record("x", 1, True), make_record("y", 2, False)]
    for name, age, active in records:
        print(name, age, active)
    print("two" in ("one", "two"), 5 in (1, 2, 3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
