# global declarations in class bodies; del of a variable captured by a closure.
counter = 0
class A:
    global counter
    counter += 5
    x = counter
print(counter, A.x)
def outer():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
outer()
def make():
    cache = {"hits": 0}

    def lookup():
        cache["hits"] += 1
        return cache["hits"]

    lookup()
    snapshot = dict(cache)
    del cache
    try:
        lookup()
    except NameError:
        print("cache is gone for the closure too")
    return snapshot


print(make())
