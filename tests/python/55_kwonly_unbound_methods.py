# Keyword-only parameters; methods of built-in types read from the type (str.lower).
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=str.lower), list(map(str.upper, words)), str.join("-", ["a", "b"]))
d = {"x": 1}
print(dict.get(d, "x"), list.count([1, 1, 2], 1))
acc = []
push = acc.append
push(3)
list.append(acc, 4)
print(acc)
def f(a, *, b, c=3):
    return (a, b, c)
def g(x, *args, sep="-", **kw):
    return sep.join(str(v) for v in (x,) + args) + str(sorted(kw.items()))
print(f(1, b=2), f(1, c=5, b=0), g(1, 2, 3), g(1, 2, sep="+", z=1))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
def h(*, key=None):
    return key
print(h(), h(key="k"))
