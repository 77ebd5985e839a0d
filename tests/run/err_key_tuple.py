# Ends with KeyError: (1, 2) — walking off the edge of a grid stored as dict[tuple[int, int], str].


def main() -> None:
    grid: dict[tuple[int, int], str] = {}
    for r in range(2):
        for c in range(2):
            grid[(r, c)] = f"{r}{c}"
    print(grid)
    pos = (0, 0)
    path = [pos]
    for dr, dc in [(0, 1), (1, 0), (0, 1)]:
        pos = (pos[0] + dr, pos[1] + dc)
        path.append(pos)
        print("at", pos, "cell", grid[pos])
    print(path)
    print("not reached")


if __name__ == "__main__":
    main()
