"""List methods: append, pop, insert, extend, reverse, index, remove, count, sort."""


def stack_demo():
    stack = []
    for i in range(5):
        stack.append(i * 10)
    out = []
    while stack:
        out.append(stack.pop())
    return out


def queue_demo():
    queue = ["a", "b", "c"]
    queue.append("d")
    first = queue.pop(0)
    queue.insert(0, "z")
    return first, queue


def entry_point(argv):
    print(stack_demo())
    print(queue_demo())
    xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    print(xs.count(5), xs.count(1), xs.count(7), xs.index(9), xs.index(5))
    xs.remove(1)
    print(xs)
    xs.insert(2, 100)
    xs.insert(-1, -100)
    xs.insert(50, 77)
    print(xs)
    print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(3))
    print(xs)
    xs.extend([11, 12])
    xs.extend([0, 1, 2])
    print(xs)
    xs.reverse()
    print(xs)
    xs.sort()
    print(xs)
    words = ["pear", "Apple", "fig", "banana", "apple", "Émile", "zebra"]
    words.sort()
    print(words)
    fl = [2.5, -1.0, 3.75, 0.0, -0.5]
    fl.sort()
    print(fl)
    pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
    pairs.sort()
    print(pairs)
    letters = []
    for ch in "hello":
        letters.append(ch)
    print(letters)
    letters.reverse()
    print("".join(letters))
    bag = ["x", "y", "x", "z", "x"]
    while "x" in bag:
        bag.remove("x")
    print(bag, len(bag))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
