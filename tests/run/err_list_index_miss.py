# Ends with ValueError: 5 is not in list from list.index on a value that was removed.


def positions(xs: list[int], targets: list[int]) -> list[int]:
    out: list[int] = []
    for t in targets:
        out.append(xs.index(t))
        print("found", t, "at", out[-1])
    return out


def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    print(xs.index(1), xs.index(4), xs.count(5), xs.count(7))
    print(positions(xs, [9, 3, 6]))
    xs.remove(5)
    print(xs, 5 in xs)
    print(positions(xs, [2, 5]))
    print("not reached")


if __name__ == "__main__":
    main()
