# Set comprehensions: dedup, conditions, several for clauses; sets used as seen-filters.


def unique_in_order(xs: list[int]) -> list[int]:
    seen: set[int] = set()
    out: list[int] = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def main() -> None:
    mods = {n % 7 for n in range(100)}
    print(mods, len(mods))
    sums = {a + b for a in range(4) for b in range(4) if a != b}
    print(sums)
    sq = {n * n for n in range(-5, 6)}
    print(sorted(sq), len(sq))
    words = ["apple", "Avocado", "banana", "Blueberry", "cherry"]
    initials = {w[0].lower() for w in words}
    print(sorted(initials))
    lens = {len(w) for w in words if "e" in w}
    print(lens)
    print(unique_in_order([3, 1, 3, 2, 1, 4, 2, 5]))
    pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
    print(sorted(pairs))
    divisible = {n for n in range(1, 50) if n % 3 == 0 if n % 5 == 0}
    print(divisible)
    nested = [[1, 2, 2], [3, 1], [], [4, 4, 4]]
    flat = {x for row in nested for x in row}
    print(flat)
    common = {x for x in range(30) if x in {n * 2 for n in range(15)} and x in {n * 3 for n in range(10)}}
    print(common)
    letters = {c for c in "hello world" if c.isalpha()}
    print(sorted(letters), len(letters))
    dup_count = len([1, 1, 2, 3, 3, 3]) - len({1, 1, 2, 3, 3, 3})
    print(dup_count)


if __name__ == "__main__":
    main()
