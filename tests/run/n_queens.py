# N-queens by backtracking over a list[int] of columns; counts for n = 1..8 and the first board drawn.


def safe(cols: list[int], col: int) -> bool:
    row = len(cols)
    for r, c in enumerate(cols):
        if c == col or abs(c - col) == row - r:
            return False
    return True


def solve(n: int, cols: list[int], out: list[list[int]]) -> None:
    if len(cols) == n:
        out.append(cols[:])
        return
    for col in range(n):
        if safe(cols, col):
            cols.append(col)
            solve(n, cols, out)
            cols.pop()


def main() -> None:
    for n in range(1, 9):
        sols: list[list[int]] = []
        solve(n, [], sols)
        print(n, len(sols), sols[0] if sols else [])
    sols8: list[list[int]] = []
    solve(8, [], sols8)
    for c in sols8[0]:
        print(" ".join(["Q" if i == c else "." for i in range(8)]))
    keys = {str(s) for s in sols8}
    print(len(keys), all([str([7 - c for c in s]) in keys for s in sols8]))
    print(sols8[-1], sols8[45], min(sols8), max(sols8))


if __name__ == "__main__":
    main()
