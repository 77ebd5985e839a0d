# Ends with IndexError: pop index out of range for an explicit index past the end.


def take_every(xs: list[str], k: int) -> list[str]:
    out: list[str] = []
    i = k - 1
    while xs:
        i %= len(xs)
        out.append(xs.pop(i))
        i += k - 1
    return out


def main() -> None:
    print(take_every(["a", "b", "c", "d", "e", "f", "g"], 3))
    print(take_every(["x"], 5), take_every([], 2))
    xs = ["a", "b", "c"]
    print(xs.pop(1), xs)
    print(xs.pop(-1), xs)
    print(xs.pop(0), xs, len(xs))
    xs.extend(["d", "e"])
    print(xs)
    print(xs.pop(5))
    print("not reached")


if __name__ == "__main__":
    main()
