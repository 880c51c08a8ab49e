# Backtracking solver for 4x4 sudoku puzzles.
def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(4)}
    br, bc = 2 * (r // 2), 2 * (c // 2)
    used |= {grid[i][j] for i in range(br, br + 2) for j in range(bc, bc + 2)}
    return [v for v in range(1, 5) if v not in used]


def solve(grid, stats):
    for r in range(4):
        for c in range(4):
            if grid[r][c] == 0:
                for v in candidates(grid, r, c):
                    grid[r][c] = v
                    stats[0] += 1
                    if solve(grid, stats):
                        return True
                    grid[r][c] = 0
                return False
    return True


def show(grid):
    return "\n".join(" ".join(str(v) if v else "." for v in row) for row in grid)


puzzles = [
    [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]],
    [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
    [[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
]
for puzzle in puzzles:
    grid = [row[:] for row in puzzle]
    stats = [0]
    ok = solve(grid, stats)
    print(show(puzzle))
    print("->", "solved" if ok else "no solution", "after", stats[0], "placements")
    if ok:
        print(show(grid))
        print(all(sorted(row) == [1, 2, 3, 4] for row in grid),
              all(sorted(grid[r][c] for r in range(4)) == [1, 2, 3, 4] for c in range(4)))
