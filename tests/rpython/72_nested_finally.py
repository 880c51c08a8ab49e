"""Nested try/except/finally with continue, break and return crossing finally blocks; messages of built-in errors raised by operations."""
LOG = []

def step(i):
    if i == 2:
        raise KeyError(i)
    if i == 4:
        raise IndexError("four")
    return i * 10

def loop(n):
    total = 0
    for i in range(n):
        try:
            try:
                total += step(i)
            finally:
                LOG.append("f%d" % i)
        except KeyError as e:
            LOG.append("key " + str(e))
            continue
        except IndexError:
            LOG.append("index")
            break
        else:
            LOG.append("ok%d" % i)
    return total

def early(xs):
    for x in xs:
        try:
            if x < 0:
                return x
        finally:
            LOG.append("early%d" % x)
    return 0

def nested(a):
    try:
        try:
            return 100 // a
        except ZeroDivisionError:
            raise ValueError("zero")
        finally:
            LOG.append("inner")
    except ValueError as e:
        LOG.append("outer " + str(e))
        return -1
    finally:
        LOG.append("outermost")

def entry_point(argv):
    print(loop(6))
    print(early([3, 2, -1, 5]), early([1]))
    print(nested(5), nested(0))
    print(LOG)
    while True:
        try:
            [1][5]
        except IndexError as e:
            print("index:", e)
            break
    d = {}
    try:
        d["missing"]
    except KeyError as e:
        print("key:", e, repr(str(e)))
    try:
        int("12x")
    except ValueError as e:
        print("value:", e)
    try:
        float("abc")
    except ValueError as e:
        print("value:", e)
    try:
        [].pop()
    except IndexError as e:
        print("pop:", e)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
