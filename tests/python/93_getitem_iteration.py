# Iteration and `in` falling back to __getitem__ (until IndexError).
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("out of range")
        return i * i

    def __len__(self):
        return self.n


sq = Squares(6)
print(list(sq), len(sq), 16 in sq, 17 in sq, sq[3])
for value in sq:
    print(value, end=" ")
print()
print(sum(sq), max(sq), sorted(sq, reverse=True), list(enumerate(sq))[:2])
a, b, *rest = Squares(5)
print(a, b, rest)
print([x + 1 for x in Squares(3)], tuple(Squares(2)), dict(zip("abc", Squares(3))))


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


print(list(Countdown(4)), 2 in Countdown(3), list(map(str, Countdown(3))))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]

    def __getitem__(self, position):
        return self.cards[position]

    def __len__(self):
        return len(self.cards)


deck = Deck()
print(deck[0], deck[-1], deck[1:3], len(deck), "2H" in deck, list(reversed(deck))[:2])
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
