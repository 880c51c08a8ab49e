"""print and str() of lists, tuples and dicts (nested, empty, mixed item types) exactly as CPython shows them."""


def entry_point(argv):
    print([1, 2, 3], [[1], [2, 3]], [[0], []], [1.5, -0.0, 1e20])
    print(["a", "b c", ""], [True, False], [[["deep"]]])
    print((1,), (1, 2), ("x", 2.5, False), ((1, 2), (3, 4)), ("solo",))
    print({1: "one"}, {"a": 1, "b": 2}, {"k": [1, 2]}, {"n": {"m": 0.5}})
    print({(1, 2): "pair", (3, 4): "other"}, {1.5: True, 2.5: False})
    print({"list": [("t", 1)], "empty": []})
    s = str([1, 2]) + " " + str((3, "x")) + " " + str({"k": 1.0})
    print(s, len(s))
    no_ints = [0]
    no_ints.pop()
    no_names = {"x": 1}
    del no_names["x"]
    print(str(no_ints), str(()), str(no_names), no_ints, no_names)
    rows = [[1, 2, 3], [4, 5, 6]]
    print("rows:", rows, "first:", rows[0])
    table = {"alice": (30, 1.75), "bob": (25, 1.8)}
    print(table)
    for name in table:
        print(name, table[name], table[name][0], table[name][1])
    inv = {}
    inv["x"] = [1]
    inv["y"] = [2, 3]
    print(inv, len(inv))
    print([(i, str(i)) for i in range(3)])
    print(f"{[1, 2]} {(1, 'a')} {{}} {({'k': 'v'})}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
