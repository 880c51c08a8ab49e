"""for loops over range (1 to 3 args, negative step), lists, strings, dicts, enumerate, zip; break, continue, else."""


def search(words, letter):
    for w in words:
        if w.startswith(letter):
            result = w
            break
    else:
        result = "none"
    return result


def entry_point(argv):
    print([i for i in range(5)], [i for i in range(3, 8)], [i for i in range(0, 20, 6)])
    print([i for i in range(10, 0, -3)], [i for i in range(-5, 5, 4)], [i for i in range(5, 5)])
    print([i for i in range(0, -10, -2)], [i for i in range(3, 10, -1)], [i for i in range(-3)])
    total = 0
    for i in range(100, 0, -7):
        total += i
    print("total", total)
    for ch in "ab😀":
        print("char", ch)
    ages = {"ann": 30, "bob": 25, "cyd": 35}
    for name in ages:
        print(name, ages[name])
    for name, age in ages.items():
        if age < 30:
            continue
        print("30+", name)
    for i, name in enumerate(["x", "y", "z"]):
        if i == 2:
            break
        print(i, name)
    else:
        print("not reached")
    for a, b in zip([1, 2, 3], ["p", "q", "r"]):
        print(a, b)
    for i in range(3):
        pass
    else:
        print("else after full loop, i =", i)
    print(search(["apple", "banana", "cherry"], "b"), search(["apple"], "z"))
    for row in range(1, 4):
        line = ""
        for col in range(1, 6):
            if col > row + 1:
                break
            if col == row:
                continue
            line += str(row * col) + " "
        print(line)
    count = 0
    for i in range(10):
        for j in range(10):
            if (i + j) % 3 == 0:
                count += 1
    print("count", count)
    for word in ["one", "two"]:
        for letter in word:
            print(letter, end="")
        print()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
