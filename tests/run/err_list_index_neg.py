# Ends with IndexError: a negative index beyond the start of a list, after a partial line is printed.


def last_n(xs: list[int], n: int) -> list[int]:
    out: list[int] = []
    for i in range(1, n + 1):
        out.append(xs[-i])
    return out


def main() -> None:
    xs = [1, 2, 3, 4, 5]
    print(xs[-1], xs[-2], xs[-5])
    print(last_n(xs, 3), last_n(xs, 5), last_n(xs, 0))
    while len(xs) > 2:
        print("dropping", xs.pop(0), "->", xs)
    print("about to fail...", end="")
    print(last_n(xs, 3))
    print("not reached")


if __name__ == "__main__":
    main()
