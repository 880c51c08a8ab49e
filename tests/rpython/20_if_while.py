"""Control flow: if/elif/else chains, while loops with break, continue and else, early return, assert."""


def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            return d
        d += 1
    return n


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


def sum_odd_below(n):
    total = 0
    i = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        total += i
    return total


def find_index(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        i = -1
    return i


def checked_sqrt(n):
    assert n >= 0
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    assert r * r <= n < (r + 1) * (r + 1), "bad root"
    return r


def entry_point(argv):
    for s in [95, 85, 75, 65, 55, 90, 0, 100]:
        print(s, grade(s))
    print([first_divisor(n) for n in [2, 9, 15, 49, 97, 221]])
    print([n for n in range(50) if is_prime(n)])
    print(sum_odd_below(10), sum_odd_below(101), sum_odd_below(0))
    print(find_index([4, 5, 6], 6), find_index([4, 5, 6], 7), find_index([], 1))
    print([checked_sqrt(n) for n in [0, 1, 15, 16, 17, 1000000]])
    n = 0
    while True:
        n += 1
        if n > 1000:
            break
        if n % 7 != 0:
            continue
        if n % 11 != 0:
            continue
        print("first multiple of 77:", n)
        break
    count = 10
    while count > 0:
        count -= 3
    else:
        print("loop ended normally at", count)
    x = 5
    if x > 3:
        if x > 4:
            print("x > 4")
        else:
            print("3 < x <= 4")
    if x == 1:
        print("one")
    elif x == 5:
        print("five")
    if not x:
        print("never")
    else:
        print("always")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
