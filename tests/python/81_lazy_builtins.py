# zip, enumerate, map and filter are lazy iterators (they work on endless generators).
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip(naturals(), "abc")), list(enumerate("xy", 5)), list(map(lambda a, b: a * b, naturals(), [3, 4, 5])))
for i, w in enumerate(["p", "q"]):
    print(i, w)
evens = filter(lambda x: x % 2 == 0, naturals())
print(next(evens), next(evens), next(evens), list(filter(None, [0, 1, "", "a"])))
print(dict(zip("ab", range(2))), list(zip()), sum(map(int, "123")))
