def weigh(d):
    total = 0
    for k, v in d.items():
        total += len(k) * v
    return total


def entry_point(argv):
    d = {}
    for i in range(100):
        d["k%d" % i] = i
    print(weigh(d))
    return 0
