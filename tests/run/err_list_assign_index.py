# Ends with IndexError: list assignment index out of range when writing past a grid row.


def make_grid(rows: int, cols: int) -> list[list[int]]:
    return [[0] * cols for _ in range(rows)]


def paint(grid: list[list[int]], cells: list[tuple[int, int]], value: int) -> None:
    for r, c in cells:
        grid[r][c] = value
        print("painted", (r, c), "with", value)


def main() -> None:
    grid = make_grid(2, 3)
    paint(grid, [(0, 0), (1, 2), (-1, 0)], 7)
    print(grid)
    grid[0][-1] += 5
    print(grid, [sum(row) for row in grid])
    paint(grid, [(1, 1), (1, 3)], 9)
    print("not reached")


if __name__ == "__main__":
    main()
