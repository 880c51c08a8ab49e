# Sorting: stability with keys, reverse, tuples, mixed int/float, strings by length then alphabet.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[1], r[0])), sorted(records)[0], sorted(records)[-1])
print(sorted([3, 1.5, -2, 0.0, 2]), sorted([True, False, 2, -1]), sorted(["bb", "a", "ccc", "dd"], key=len))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(words)), sorted(words, key=lambda w: (-len(w), w)))
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
print(nums, sorted(nums) == nums[::-1], sorted(range(10), key=lambda x: x % 3))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
