# Slicing with steps, slice assignment and deletion.
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-3:], a[:-7], a[8:2:-2], a[100:], a[-100:2])
s = "abcdefghij"
print(s[::3], s[::-1], s[-2::-2], s[3:8:2], (1, 2, 3, 4, 5)[::-2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[:0] = [-1]
print(b)
b[len(b):] = [99, 100]
print(b)
c = list(range(8))
c[::2] = ["e"] * 4
print(c)
del c[1::2]
print(c)
d = list(range(10))
del d[2:5]
print(d)
del d[:2]
print(d)
d[1:3] = []
print(d)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
grid = [[0] * 3 for _ in range(3)]
grid[1][::2] = [5, 5]
print(grid, [row[1:] for row in grid])
word = "racecar"
print(word == word[::-1], "hello"[1:-1], "hello"[-1:1:-1])
nums = list(range(20))
print(sum(nums[::5]), nums[3:17:4], len(nums[::7]))
