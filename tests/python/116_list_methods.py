# list methods and idioms.
nums = [5, 3, 8]
nums.append(1)
nums.extend([9, 2])
nums.insert(0, 7)
nums.insert(100, 4)
nums.insert(-1, 6)
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(8)
print(nums, nums.index(3), nums.count(3), nums.index(9, 1))
nums.sort()
print(nums)
nums.reverse()
print(nums, nums.copy() == nums, nums.copy() is nums)
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
stack = []
for token in "3 4 + 2 *".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b if token == "+" else a * b)
print(stack)
matrix = [[1, 2], [3, 4]]
flat = [x for row in matrix for x in row]
print(flat, [row[:] for row in matrix] == matrix, [[0] * 2] * 2)
a = [1, 2]
b = a
b += [3]
print(a, a is b, a * 2, [0] + a, a == [1, 2, 3], a < [1, 3], [1, [2]] == [1, [2]])
a.clear()
print(a, b)
print(list(range(5)), list("abc"), list((1, 2)), list({1: 2}), [] or ["default"])
print([i for i in range(10) if i % 3 == 0], [x * y for x in range(3) for y in range(3) if x != y])
lst = [3, 1, 2]
print(sorted(lst), lst, lst[::-1], min(lst), max(lst), sum(lst), any(lst), all([]))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(5)
except ValueError as e:
    print("ValueError:", e)
