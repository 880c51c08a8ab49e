# Laziness of iterators: `in`, any/all, zip, map and filter consume only
# what they need.
consumed = []


def numbers(n):
    for i in range(n):
        consumed.append(i)
        yield i


print(3 in numbers(10), consumed)
consumed.clear()
print(any(x > 2 for x in numbers(10)), consumed)
consumed.clear()
print(all(x < 2 for x in numbers(10)), consumed)
consumed.clear()
pairs = zip(numbers(10), "ab")
print(list(pairs), consumed)
consumed.clear()
doubled = map(lambda v: v * 2, numbers(5))
print(next(doubled), next(doubled), consumed)
evens = filter(lambda v: v % 2 == 0, numbers(7))
print(list(evens), 5 in map(int, "12345"), (1, "b") in enumerate("ab"))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
try:
    3 in 5
except TypeError as e:
    print("TypeError:", e)
first, second, *rest = numbers(4)
print(first, second, rest)
