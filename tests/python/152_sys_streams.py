# sys.argv, sys.stdout.write, printing to sys.stderr, print options.
import sys

print(len(sys.argv), sys.argv[0].endswith("152_sys_streams.py"), type(sys.argv).__name__)
n = sys.stdout.write("written directly\n")
print(n)
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
print("a", "b", "c", sep="")
print("x", end="")
print("y", 1, 2.0, None, sep=", ", end=" <end>\n")
print()
print(*["p", "q"], sep="\n")
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[0], sys.version_info >= (3, 0))
sys.stdout.flush()
print("done")
