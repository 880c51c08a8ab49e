# Global variables, the global statement, scoping rules.
counter = 0
items = []


def bump():
    global counter
    counter += 1
    items.append(counter)


def shadow():
    counter = 100
    return counter


def reads_global():
    return counter * 2


for _ in range(3):
    bump()
print(counter, items, shadow(), counter, reads_global())


def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
    return x


print(unbound())
