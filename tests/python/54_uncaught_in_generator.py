# An exception raised inside a generator propagates to the consumer; uncaught: status 1.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")


total = 0
for n in numbers():
    total += n
    print("got", n, "total", total)
print("not reached")
