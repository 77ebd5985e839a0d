# Ends with ValueError: list.remove(x): x not in list after removing all occurrences.


def remove_all(xs: list[str], v: str) -> int:
    n = 0
    while v in xs:
        xs.remove(v)
        n += 1
    return n


def main() -> None:
    xs = ["a", "b", "a", "c", "a"]
    xs.remove("a")
    print(xs)
    print(remove_all(xs, "a"), xs)
    print(remove_all(xs, "z"), xs)
    xs.append("a")
    xs.remove("a")
    print(xs, len(xs))
    for v in ["b", "c", "a"]:
        print("removing", v)
        xs.remove(v)
        print(xs)
    print("not reached")


if __name__ == "__main__":
    main()
