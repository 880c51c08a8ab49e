"""time.time(): only comparisons are printed, never the value, so the output is deterministic."""
import time


def busy(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def entry_point(argv):
    t0 = time.time()
    result = busy(100000)
    t1 = time.time()
    print("result", result)
    print("clock moves forward:", t1 >= t0)
    print("after 2001:", t0 > 1000000000.0)
    print("elapsed is a float below an hour:", t1 - t0 < 3600.0)
    print("elapsed is not negative:", t1 - t0 >= 0.0)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
