# List indexing with positive and negative indices, element assignment and augmented assignment.


def rotate_left(xs: list[int], k: int) -> list[int]:
    n = len(xs)
    return [xs[(i + k) % n] for i in range(n)]


def main() -> None:
    xs = [10, 20, 30, 40, 50]
    print(xs[0], xs[4], xs[-1], xs[-5], xs[len(xs) - 1])
    for i in range(-5, 5):
        print(i, xs[i], end="; ")
    print()
    xs[0] = 11
    xs[-1] = 55
    xs[2] += 3
    xs[-2] *= 2
    xs[1] -= xs[-1]
    print(xs)
    grid = [[1, 2, 3], [4, 5, 6]]
    grid[1][-1] = 60
    grid[-2][0] += 100
    print(grid, grid[-1][-2], grid[0][1])
    names = ["ann", "bob", "cy"]
    names[-1] = names[0] + names[1]
    print(names, names[-1][-1], names[1][0])
    print(rotate_left([1, 2, 3, 4, 5], 2), rotate_left([1, 2, 3], -1))
    fs = [0.5, 1.5]
    fs[0] += 1.0
    fs[-1] /= 3.0
    print(fs)
    idx = [2, 0, 1]
    vals = ["c", "a", "b"]
    out = ["", "", ""]
    for i in range(3):
        out[idx[i]] = vals[i]
    print(out)
    counts = [0] * 5
    for v in [1, 3, 3, 4, 1, 1, 0]:
        counts[v] += 1
    print(counts, counts[counts[0]], counts[-counts[3]])
    pairs = [(1, "x"), (2, "y")]
    pairs[0] = (pairs[0][0] + 10, pairs[1][1])
    print(pairs)
    d = {"k": [1, 2, 3]}
    d["k"][-1] = 99
    d["k"][0] += 5
    print(d)


if __name__ == "__main__":
    main()
