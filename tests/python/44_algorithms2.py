# Quicksort, mergesort, heap, permutations, n-queens, hanoi.
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return (quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot]
            + quicksort([x for x in xs if x > pivot]))


def mergesort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = mergesort(xs[:mid]), mergesort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


class Heap:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[parent] <= self.items[i]:
                break
            self.items[parent], self.items[i] = self.items[i], self.items[parent]
            i = parent

    def pop(self):
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            n = len(self.items)
            while True:
                smallest = i
                for c in (2 * i + 1, 2 * i + 2):
                    if c < n and self.items[c] < self.items[smallest]:
                        smallest = c
                if smallest == i:
                    break
                self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
                i = smallest
        return top


def permutations(xs):
    if len(xs) <= 1:
        yield xs
        return
    for i in range(len(xs)):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            yield [xs[i]] + rest


def queens(n):
    count = 0
    cols = []

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1)
                cols.pop()

    place(0)
    return count


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


data = [5, 3, 9, 1, 5, 8, 2, 7]
print(quicksort(data), mergesort(data))
h = Heap()
for x in data:
    h.push(x)
print([h.pop() for _ in range(len(data))])
print(list(permutations([1, 2, 3])), len(list(permutations(list(range(5))))))
print([queens(n) for n in range(1, 7)])
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
