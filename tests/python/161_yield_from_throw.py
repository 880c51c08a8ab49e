# throw() and close() on a generator suspended in `yield from` reach the
# sub-generator first.
def worker(name):
    handled = 0
    try:
        while True:
            try:
                job = yield
                print(name, "got", job)
            except ValueError as e:
                handled += 1
                print(name, "recovered from", e)
    finally:
        print(name, "cleaning up after", handled, "errors")


def supervisor():
    result = yield from worker("w1")
    print("never", result)


s = supervisor()
next(s)
s.send("job-1")
s.throw(ValueError("bad input"))
s.send("job-2")
s.close()
print("closed")


def finite():
    try:
        yield 1
        yield 2
    except KeyError:
        print("finite caught KeyError, returning")
        return "early"
    return "normal"


def outer():
    value = yield from finite()
    print("delegate returned", value)
    yield "after"


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration:
    print("outer finished")


def unhandled():
    yield "x"


def wrapper():
    try:
        yield from unhandled()
    except RuntimeError as e:
        print("wrapper caught", e)
        yield "handled"


w = wrapper()
print(next(w), w.throw(RuntimeError("boom")))
