# The iterator protocol in user classes: __iter__, __next__, StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 2
            i += 1


print(list(Countdown(5)), [x for x in Range2(4)], sum(Range2(10)), 6 in Range2(5))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "end"))
for i, (a, b) in enumerate(zip("abc", Countdown(3))):
    print(i, a, b)
print(list(reversed([1, 2, 3])), list(enumerate("xy", 1)), list(zip([1, 2], [3, 4], [5, 6])))
pairs = dict(zip(["one", "two"], [1, 2]))
print(pairs, max(Countdown(4)), sorted(Countdown(4)))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration caught")
