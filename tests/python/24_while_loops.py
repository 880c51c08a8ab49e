# Numeric loops: collatz, digit sums, nested while.
def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


best = 0
best_n = 0
n = 1
while n < 1000:
    s = collatz(n)
    if s > best:
        best = s
        best_n = n
    n += 1
print(best_n, best)


def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


print([digit_sum(x) for x in [0, 9, 123, 99999]])
i = 0
pairs = 0
while i < 20:
    j = i
    while j < 20:
        if (i + j) % 7 == 0:
            pairs += 1
        j += 1
    i += 1
print(pairs)
