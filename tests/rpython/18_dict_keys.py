"""Dict keys of many types: int, str, bytes, float, bool, tuples of these, and instances compared by identity."""


class Node:
    def __init__(self, name):
        self.name = name


def entry_point(argv):
    by_int = {-1: "neg", 0: "zero", 10 ** 12: "big"}
    print(by_int[-1], by_int[10 ** 12], 0 in by_int, 1 in by_int)
    by_str = {"": 0, "é": 1, "😀": 2}
    print(by_str[""], by_str["😀"], "e" in by_str)
    by_bytes = {b"ab": 1, b"\x00": 2}
    by_bytes[b"a" + b"b"] += 10
    print(by_bytes[b"ab"], by_bytes[b"\x00"], b"cd" in by_bytes, len(by_bytes))
    by_float = {0.5: "half", 1e100: "huge", -2.0: "minus two"}
    print(by_float[0.25 * 2], by_float[1e100], 0.1 in by_float, by_float)
    by_bool = {True: "yes", False: "no"}
    print(by_bool[1 > 0], by_bool[1 < 0], by_bool)
    by_tuple = {(1, "a"): 10, (2, "b"): 20}
    by_tuple[(1, "a")] += 1
    by_tuple[(3, "c")] = 30
    print(by_tuple, (2, "b") in by_tuple, (2, "a") in by_tuple)
    grid = {}
    for x in range(3):
        for y in range(3):
            grid[(x, y)] = x * 10 + y
    print(grid[(2, 1)], grid[(0, 2)], len(grid))
    mixed = {(1, 2.5, "z", True, b"q"): "all"}
    print(mixed[(1, 2.5, "z", True, b"q")])
    a = Node("a")
    b = Node("b")
    a2 = Node("a")
    owners = {a: 1, b: 2}
    owners[a2] = 3
    print(owners[a], owners[b], owners[a2], len(owners), a in owners)
    c = Node("c")
    print(c in owners)
    for node in owners:
        print(node.name, owners[node])
    names = {}
    for node in [a, b, a, a2, b]:
        names[node] = names.get(node, 0) + 1
    for node in names:
        print("seen", node.name, names[node])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
