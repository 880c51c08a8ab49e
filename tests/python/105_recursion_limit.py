# RecursionError on deep recursion, caught; sys.getrecursionlimit/setrecursionlimit.
import sys


def depth(n):
    return depth(n + 1)


def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(isinstance(RecursionError(), RuntimeError), sys.getrecursionlimit() >= 1000)
print(count_down(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), count_down(2500))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)


def mutual_a(n):
    return mutual_b(n) if n else "done"


def mutual_b(n):
    return mutual_a(n - 1)


print(mutual_a(300))
try:
    mutual_a(10 ** 6)
except RecursionError:
    print("mutual recursion too deep")
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
