# Recursion: memoized partition counts, edit distance, power set, flatten.
def partitions(n, k, memo):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key in memo:
        return memo[key]
    result = partitions(n - k, k, memo) + partitions(n, k - 1, memo)
    memo[key] = result
    return result


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[len(b)]


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


print([partitions(n, n, {}) for n in range(1, 15)], partitions(100, 100, {}))
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
print(power_set([1, 2, 3]), len(power_set(list(range(10)))))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
