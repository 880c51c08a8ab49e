# args: 12
"""Conway's Game of Life on a small torus: lists of lists of ints, neighbour counting, generations, a glider."""


def make_grid(rows, cols):
    return [[0] * cols for r in range(rows)]


def place(grid, cells, top, left):
    for r, c in cells:
        grid[top + r][left + c] = 1


def neighbours(grid, r, c):
    rows = len(grid)
    cols = len(grid[0])
    n = 0
    for dr in range(-1, 2):
        for dc in range(-1, 2):
            if dr == 0 and dc == 0:
                continue
            n += grid[(r + dr) % rows][(c + dc) % cols]
    return n


def step(grid):
    rows = len(grid)
    cols = len(grid[0])
    new = make_grid(rows, cols)
    for r in range(rows):
        for c in range(cols):
            n = neighbours(grid, r, c)
            if grid[r][c] == 1 and (n == 2 or n == 3):
                new[r][c] = 1
            elif grid[r][c] == 0 and n == 3:
                new[r][c] = 1
    return new


def population(grid):
    total = 0
    for row in grid:
        for v in row:
            total += v
    return total


def render(grid):
    lines = []
    for row in grid:
        lines.append("".join(["#" if v else "." for v in row]))
    return lines


GLIDER = [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]
BLINKER = [(0, 0), (0, 1), (0, 2)]


def entry_point(argv):
    generations = 12
    if len(argv) > 1:
        generations = int(argv[1])
    grid = make_grid(10, 16)
    place(grid, GLIDER, 0, 0)
    place(grid, BLINKER, 5, 10)
    for g in range(generations + 1):
        if g % 4 == 0:
            print("generation", g, "population", population(grid))
            for line in render(grid):
                print(line)
        grid = step(grid)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
