# List concatenation and repetition: +, +=, *, *=, with empties, zero and negative counts, nested rows.


def main() -> None:
    a = [1, 2]
    b = [3]
    print(a + b, b + a, a + [], [] + b)
    print(a * 3, 3 * b, a * 0, a * -2, [0] * 4)
    c = a
    c += b
    print(a, c)
    c *= 2
    print(a)
    s = ["ab"] * 3
    print(s, "-".join(s))
    z: list[int] = []
    for i in range(4):
        z = z + [i * i]
    print(z)
    acc: list[int] = []
    for i in range(4):
        acc += [i, -i]
    print(acc)
    nested = [[1, 2]] * 2 + [[3]]
    print(nested, len(nested))
    fl = [0.5] * 3 + [1.5]
    print(fl, sum(fl))
    tups = [(1, "a")] + [(2, "b")] * 2
    print(tups)
    t = (1, 2) + (3,)
    print(t, t * 2, () + t)
    strs = ["x"] + list("yz")
    print(strs)
    n = 3
    board = [["."] * n for _ in range(n)]
    board[1][1] = "X"
    for row in board:
        print("".join(row))
    big = [1, 2, 3] * 1000
    print(len(big), sum(big), big[-1], big[1500])
    e: list[str] = []
    print(e * 5, e + e)


if __name__ == "__main__":
    main()
