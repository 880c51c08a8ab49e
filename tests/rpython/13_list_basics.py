"""Lists: literals, comprehensions, negative indexes, slicing, in, +, * and len."""


def squares(n):
    return [i * i for i in range(n)]


def evens(values):
    return [v for v in values if v % 2 == 0]


def lengths(words):
    return [len(w) for w in words]


def entry_point(argv):
    nums = [5, 3, 8, 1, 9, 2]
    print(nums, len(nums), nums[0], nums[-1], nums[-2], nums[2])
    print(nums[1:4], nums[:3], nums[3:], nums[-3:], nums[:-4], nums[:], nums[4:2], nums[10:])
    print(squares(8), evens(squares(10)), lengths(["a", "bb", "", "dddd"]))
    print([x + 1 for x in nums if x > 3], [s.upper() for s in ["a", "b"]])
    print([ch for ch in "hello" if ch != "l"], [float(i) / 2 for i in range(4)])
    print(3 in nums, 4 in nums, 4 not in nums, "a" in ["a", "b"])
    print(nums + [100, 200], [0] * 5, ["ab"] * 3, 2 * [1, 2], ["z"] * 2, [7] * 0)
    nums[0] = 50
    nums[-1] = 20
    print(nums)
    grid = [[0] * 3 for i in range(3)]
    for r in range(3):
        for c in range(3):
            grid[r][c] = r * 3 + c
    print(grid, grid[1], grid[2][0], grid[-1][-1])
    empty = []
    print(empty, len(empty), [1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] == [1, 2, 3])
    empty.append(7)
    print(empty, len(empty), empty == [7])
    words = ["pear", "fig", "banana"]
    print(words, words[1][0], words[-1][-3:])
    copy = nums[:]
    copy[0] = -1
    print(nums[0], copy[0])
    alias = nums
    alias[1] = 33
    print(nums[1])
    floats = [0.5, 1.5, -2.25]
    print(floats, floats[1:])
    nested = [[1, 2], [3], []]
    print(nested, len(nested[0]), len(nested[2]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
