# try/except/else/finally interplay with return, break, continue and re-raise.
def classify(x):
    log = []
    try:
        log.append("try")
        if x == 0:
            raise ZeroDivisionError("zero")
        if x < 0:
            return "negative", log
        result = 10 // x
    except ZeroDivisionError as e:
        log.append("except %s" % e)
        return "error", log
    else:
        log.append("else")
        return result, log
    finally:
        log.append("finally")


for x in (2, 0, -1):
    print(classify(x))


def override():
    try:
        return "try"
    finally:
        return "finally"


print(override())
results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        results.append(i)
    finally:
        results.append("f%d" % i)
print(results)


def reraise():
    try:
        try:
            [][1]
        except IndexError:
            print("handling, then re-raising")
            raise
    except LookupError as e:
        return "outer caught %s: %s" % (type(e).__name__, e)


print(reraise())


def nested_finally():
    order = []
    try:
        try:
            order.append(1)
            raise ValueError("inner")
        finally:
            order.append(2)
    except ValueError:
        order.append(3)
    finally:
        order.append(4)
    return order


print(nested_finally())
try:
    try:
        raise KeyError("a")
    finally:
        print("cleanup runs before propagation")
except KeyError as e:
    print("caught", repr(e))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError("retry")
        print("succeeded after", count)
        break
    except RuntimeError as e:
        print("attempt", count, "failed:", e)
