# Assignment expressions (:=) in conditions, loops and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
chunks = iter(["ab", "cd", ""])
while (chunk := next(chunks)):
    print("chunk", chunk)
values = [y for x in data if (y := x * 2) > 5]
print(values, y)


def stats(items):
    total = 0
    running = [total := total + i for i in items]
    return running, total


print(stats([1, 2, 3, 4]))
print([last := c for c in "xyz"], last)
path = "_pycorpus_163_walrus.txt"
with open(path, "w") as f:
    f.write("one\ntwo\nthree\n")
with open(path) as f:
    while (line := f.readline()):
        print(line.strip().upper())
print(any((hit := v) > 8 for v in data), hit)
print((z := 10) + z, z)
