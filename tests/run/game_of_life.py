# Conway's Game of Life on a list[list[bool]] torus, plus a set[tuple[int, int]] version for comparison.


def step(grid: list[list[bool]]) -> list[list[bool]]:
    h = len(grid)
    w = len(grid[0])
    out = [[False] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if (dr != 0 or dc != 0) and grid[(r + dr) % h][(c + dc) % w]:
                        n += 1
            out[r][c] = n == 3 or (grid[r][c] and n == 2)
    return out


def step_set(live: set[tuple[int, int]], h: int, w: int) -> set[tuple[int, int]]:
    counts: dict[tuple[int, int], int] = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr != 0 or dc != 0:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(grid: list[list[bool]]) -> None:
    for row in grid:
        print("".join(["#" if x else "." for x in row]))


def main() -> None:
    h = 8
    w = 10
    grid = [[False] * w for _ in range(h)]
    for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2), (5, 6), (5, 7), (5, 8)]:
        grid[r][c] = True
    live = {(r, c) for r in range(h) for c in range(w) if grid[r][c]}
    for gen in range(4):
        print("gen", gen, sum([sum([1 for x in row if x]) for row in grid]))
        show(grid)
        grid = step(grid)
        live = step_set(live, h, w)
        same = live == {(r, c) for r in range(h) for c in range(w) if grid[r][c]}
        print("set version agrees:", same)
    for _ in range(6):
        grid = step(grid)
        live = step_set(live, h, w)
    print(sorted(live))
    show(grid)


if __name__ == "__main__":
    main()
