# Generator send, throw (caught at the yield), close (GeneratorExit runs finally).
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
g = averager()
next(g)
print(g.send(10), g.send(20), g.send(60))
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "recovered from " + str(e)
    finally:
        print("guarded cleanup")
g = guarded()
print(next(g), g.throw(ValueError("boom")))
g.close()
g2 = guarded()
print(next(g2))
g2.close()
print(list(g2))
try:
    averager().send(5)
except TypeError as e:
    print("TypeError:", e)
g3 = guarded()
try:
    g3.throw(KeyError("early"))
except KeyError as e:
    print("KeyError:", e)
