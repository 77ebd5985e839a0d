# Dicts keyed by ints (including negatives), bools, floats and tuples; printing and lookup.


def main() -> None:
    squares = {i: i * i for i in range(-3, 4)}
    print(squares)
    print(squares[-3], squares[0], -2 in squares, 4 in squares)
    names = {10: "ten", -1: "minus one", 0: "zero"}
    print(names, sorted(names), names[-1])
    grid: dict[tuple[int, int], str] = {}
    for r in range(2):
        for c in range(3):
            grid[(r, c)] = chr(ord("a") + r * 3 + c)
    print(grid)
    print(grid[(1, 2)], (0, 5) in grid, grid.get((9, 9), "?"))
    fk = {0.5: "half", 1.5: "one and a half", -0.25: "neg"}
    print(fk, fk[0.5])
    bk = {True: "yes", False: "no"}
    print(bk, bk[1 > 0], bk[1 < 0])
    tk: dict[tuple[str, int], float] = {("a", 1): 1.0, ("b", 2): 2.5}
    tk[("a", 1)] += 0.5
    print(tk)
    nested_keys: dict[tuple[tuple[int, int], str], int] = {((1, 2), "x"): 3}
    print(nested_keys)
    counts: dict[int, int] = {}
    for v in [3, -3, 3, 0, -3, 3, 1000000007]:
        counts[v] = counts.get(v, 0) + 1
    print(counts)
    big = {2 ** 40: "big", -2 ** 40: "neg big"}
    print(big)
    print({1: {2: {3: [4]}}})
    sk = {"": 0, " ": 1, "é": 2}
    print(sk, sk["é"])


if __name__ == "__main__":
    main()
