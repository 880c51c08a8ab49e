# Generators as coroutines: send(), priming, close(), pipelines of consumers.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("finished after", e.value, "values")


def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())


def collector(store):
    while True:
        store.append((yield))


found = []
sink = collector(found)
next(sink)
g = grep("py", sink)
next(g)
for line in ["python rocks", "java", "pypy is fast", "c"]:
    g.send(line)
print(found)


def closable():
    try:
        while True:
            yield "tick"
    finally:
        print("generator closed")


c = closable()
print(next(c), next(c))
c.close()
print("after close")
try:
    averager().send(5)
except TypeError as e:
    print("TypeError:", e)
