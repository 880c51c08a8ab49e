"""List indexing as compiled loops see it: the same index read and written
several times in a row (negative ones too), indexes out of range raised
from a helper and caught by its caller (with CPython's messages), lengths
that change between accesses, and lists of floats and of objects."""


class Box:
    def __init__(self, value):
        self.value = value


def swap_ends(items, i):
    # items[i] and items[-1 - i] are each read and then written.
    tmp = items[i]
    items[i] = items[-1 - i]
    items[-1 - i] = tmp
    return items[i] - items[-1 - i]


def read(items, i):
    return items[i]


def write(items, i, x):
    items[i] = x
    items[i] = items[i] + x
    return items[i]


def grow_between(items):
    first = items[-1]
    items.append(first * 2)
    last = items[-1]
    items.pop()
    items.pop()
    return first + last + items[-1]


def reverse_in_place(items):
    lo = 0
    hi = len(items) - 1
    while lo < hi:
        tmp = items[lo]
        items[lo] = items[hi]
        items[hi] = tmp
        lo += 1
        hi -= 1


def scale(values, factor):
    for i in range(len(values)):
        values[i] = values[i] * factor
        values[-1 - i] = values[-1 - i] + 0.5


def rebox(boxes):
    for i in range(len(boxes)):
        boxes[i] = Box(boxes[i].value + boxes[-1].value)
    return [b.value for b in boxes]


def entry_point(argv):
    items = [1, 2, 3, 4, 5, 6, 7]
    print(swap_ends(items, 0), swap_ends(items, -3), swap_ends(items, 2), items)
    for i in [0, 6, -1, -7, 7, -8, 100]:
        try:
            print("read", i, read(items, i))
        except IndexError as e:
            print("read", i, "IndexError:", str(e))
    for i in [3, -2, 7, -8]:
        try:
            print("write", i, write(items, i, 10))
        except IndexError as e:
            print("write", i, "IndexError:", str(e))
    print(items, grow_between(items), items)
    reverse_in_place(items)
    print(items)
    empty = []
    reverse_in_place(empty)
    try:
        read(empty, 0)
    except IndexError as e:
        print("empty:", str(e))
    values = [1.5, 2.5, 3.5, 4.5]
    scale(values, 2.0)
    print(values)
    print(rebox([Box(1), Box(2), Box(3)]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
