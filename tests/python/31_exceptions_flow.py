# Exceptions crossing loops, functions and finally blocks.
def find(items, target):
    for i in range(len(items)):
        try:
            if items[i] == target:
                return i
        finally:
            print("checked", i)
    return -1


print(find([5, 6, 7], 6))


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        print("safe_div done")


print(safe_div(1, 4), safe_div(1, 0))

results = []
for x in [1, 0, 2, "a", 4]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append("div0")
        continue
    except TypeError as e:
        results.append("type")
        break
    finally:
        results.append(".")
print(results)


def level3():
    raise KeyError("deep")


def level2():
    try:
        level3()
    finally:
        print("level2 cleanup")


def level1():
    try:
        level2()
    except KeyError as e:
        return "recovered " + str(e)


print(level1())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration()
    except StopIteration:
        break
print("count", count)
