# Conway's game of life on a small torus.
def step(grid):
    rows = len(grid)
    cols = len(grid[0])
    new = []
    for r in range(rows):
        row = []
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr == 0 and dc == 0:
                        continue
                    n += grid[(r + dr) % rows][(c + dc) % cols]
            alive = grid[r][c] == 1
            row.append(1 if (alive and n in (2, 3)) or (not alive and n == 3) else 0)
        new.append(row)
    return new


def show(grid):
    return "\n".join("".join("#" if x else "." for x in row) for row in grid)


grid = [[0] * 8 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for gen in range(4):
    print(f"generation {gen}:")
    print(show(grid))
    grid = step(grid)
print(sum(sum(row) for row in grid))
