# Ends with IndexError: an off-by-one window scan reads past the end of a list.


def window_sums(xs: list[int], k: int) -> list[int]:
    out: list[int] = []
    for i in range(len(xs) - k + 1):
        out.append(sum(xs[i:i + k]))
    return out


def buggy_pairs(xs: list[int]) -> list[int]:
    out: list[int] = []
    for i in range(len(xs)):
        out.append(xs[i] + xs[i + 1])
        print("pair", i, out[-1])
    return out


def main() -> None:
    xs = [10, 20, 30, 40]
    print(window_sums(xs, 2), window_sums(xs, 4), window_sums(xs, 5))
    for i in range(len(xs)):
        print(i, xs[i], xs[-1 - i])
    xs.append(50)
    print(xs, len(xs))
    print(buggy_pairs(xs))
    print("not reached")


if __name__ == "__main__":
    main()
