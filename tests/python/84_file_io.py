# open(): text and binary files, read/write/append, iteration, with.
import sys

path = "_pycorpus_84_file_io.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("third: %d\n" % 3)
print("wrote", n)

with open(path) as f:
    content = f.read()
print(repr(content))

with open(path, "r") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))

with open(path, "a") as f:
    f.write("appended\n")

f = open(path)
print(f.readline(), end="")
print(f.readlines())
f.close()
print("closed", f.closed)

with open(path) as f:
    lines = [line.strip().upper() for line in f]
print(lines)

bpath = "_pycorpus_84_file_io.bin"
with open(bpath, "wb") as f:
    f.write(bytes(range(10)))
    f.write(b"\xff\xfe")
with open(bpath, "rb") as f:
    raw = f.read()
print(raw, len(raw), raw[-1])
with open(bpath, "rb") as f:
    print(f.read(3), f.read(2))

with open(path, "w") as f:
    print("via print", 42, file=f)
    print("second", file=f, end="!\n")
with open(path) as f:
    print(f.read().splitlines())

try:
    open("/tmp/_pycorpus_84_does_not_exist/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e)
except OSError:
    print("OSError")

for p in [path, bpath]:
    with open(p, "w") as f:
        pass
    with open(p) as f:
        print(repr(f.read()), f.closed)
print(f.closed)
sys.stdout.write("done\n")
