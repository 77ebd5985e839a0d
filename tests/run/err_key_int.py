# Ends with KeyError: 42 — a memo table lookup for an entry that was deleted.


def build(lo: int, hi: int) -> dict[int, int]:
    table: dict[int, int] = {}
    for n in range(lo, hi):
        table[n] = n * n
    return table


def main() -> None:
    squares = build(40, 45)
    print(squares)
    del squares[42]
    print(sorted(squares), len(squares))
    total = 0
    for k in [40, 41, 43, 44]:
        total += squares[k]
        print(k, squares[k], total)
    print(squares.get(42, -1))
    print(squares[42])
    print("not reached")


if __name__ == "__main__":
    main()
