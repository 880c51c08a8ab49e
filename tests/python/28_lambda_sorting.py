# Lambdas, sort keys, min/max with key, sorted stability.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
words = "the Quick brown fox Jumps over the lazy dog".split()
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=len, reverse=True)
print(words)
square = lambda x: x * x
compose = lambda f, g, x: f(g(x))
print(square(7), compose(square, abs, -3), (lambda: "no args")())
table = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name in ["add", "mul"]:
    print(name, table[name](6, 7))
print(max([], default="empty"), min(3, 1, 2), sorted("hello"))
