# Ends with ValueError: max() arg is an empty sequence after filtering leaves nothing.


def evens(xs: list[int]) -> list[int]:
    return [x for x in xs if x % 2 == 0]


def main() -> None:
    batches = [[1, 2, 3, 4], [10, 7], [5, 8, 8], [1, 3, 5, 7]]
    for b in batches[:3]:
        e = evens(b)
        print(b, e, max(e), min(e), max(e, default=-1))
    print([max(evens(b), default=-1) for b in batches])
    last = batches[-1]
    print(max(last), len(evens(last)))
    print(max(evens(last)))
    print("not reached")


if __name__ == "__main__":
    main()
