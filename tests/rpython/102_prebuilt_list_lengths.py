"""len() of module-level lists: some only read, sorted or assigned in place
(their length can be folded to a constant), others appended to, popped by a
function they are passed to, or reachable from a prebuilt tuple (their
length must be read at run time)."""

READ_ONLY = ["ka", "lo", "mi"]
SORTED_IN_PLACE = [3, 1, 2]
GROWN = [1, 2]
PASSED = [5, 6, 7, 8]
HELD = [9, 10]
HOLDER = (HELD, 0)

def pick(n):
    word = READ_ONLY[n % len(READ_ONLY)]
    for w in READ_ONLY:
        if len(w) == len(READ_ONLY) - 1:
            word = word + w
    return word

def sorted_len():
    SORTED_IN_PLACE.sort()
    SORTED_IN_PLACE[0] = len(SORTED_IN_PLACE)
    return len(SORTED_IN_PLACE) + SORTED_IN_PLACE[0]

def grow(n):
    if n > 2:
        GROWN.append(n)
    return len(GROWN)

def shrink(items):
    items.pop()
    return len(items)

def passed():
    return len(PASSED) * 10 + shrink(PASSED) + len(PASSED)

def held():
    HOLDER[0].append(1)
    return len(HELD)

def entry_point(argv):
    n = len(argv) + 3
    print(pick(n), sorted_len(), grow(n), grow(n), passed(), held(), held())
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
