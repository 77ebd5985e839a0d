# Ends with IndexError: tuple index out of range on a tuple indexed with a computed index.


def pick(t: tuple[int, int, int], i: int) -> int:
    return t[i]


def rotate(t: tuple[int, int, int]) -> tuple[int, int, int]:
    return (t[1], t[2], t[0])


def main() -> None:
    t = (4, 5, 6)
    for i in range(3):
        print(pick(t, i), pick(t, -1 - i))
    r = t
    for _ in range(4):
        r = rotate(r)
        print(r)
    idx = sum(t) % 7 + 2
    print("index", idx)
    print(pick(r, idx))
    print("not reached")


if __name__ == "__main__":
    main()
