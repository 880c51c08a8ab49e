# Dict views (keys/values/items are live), sys.stdout.write, print(file=sys.stderr).
import sys
d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items(), len(d.items()), "a" in d.keys(), 2 in d.values(), ("b", 2) in d.items())
k = d.keys()
d["c"] = 3
print(k, list(k), sorted(d.values(), reverse=True), bool({}.keys()))
for key, value in d.items():
    sys.stdout.write(key + "=" + str(value) + ";")
sys.stdout.write("\n")
print("to stderr", file=sys.stderr)
print("done")
