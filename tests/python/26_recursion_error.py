# Deep recursion is caught as RecursionError.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError:
    print("recursion limit reached")
print("still running")
