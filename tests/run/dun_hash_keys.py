# __hash__ with __eq__: objects as dict keys and set members; prints only order-independent or insertion-ordered data.


class Coord:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: "Coord") -> bool:
        return self.x == other.x and self.y == other.y

    def __hash__(self) -> int:
        return self.x * 1000 + self.y

    def __repr__(self) -> str:
        return f"C({self.x},{self.y})"


class Name:
    def __init__(self, s: str) -> None:
        self.s = s

    def __eq__(self, other: "Name") -> bool:
        return self.s.lower() == other.s.lower()

    def __hash__(self) -> int:
        return len(self.s)

    def __repr__(self) -> str:
        return self.s


def main() -> None:
    visits: dict[Coord, int] = {}
    path = [(0, 0), (1, 0), (1, 1), (0, 0), (1, 1), (2, 5), (0, 0)]
    for x, y in path:
        c = Coord(x, y)
        visits[c] = visits.get(c, 0) + 1
    print(visits)
    print(visits[Coord(0, 0)], Coord(2, 5) in visits, Coord(5, 2) in visits, len(visits))
    seen: set[Coord] = set()
    for x, y in path:
        seen.add(Coord(x, y))
    print(len(seen), Coord(1, 1) in seen, Coord(9, 9) in seen)
    print(sorted(seen, key=lambda c: (c.x, c.y)))
    seen.discard(Coord(1, 0))
    print(len(seen), Coord(1, 0) in seen)
    names = [Name("Ann"), Name("ANN"), Name("bob"), Name("Bo"), Name("BOB")]
    uniq = set(names)
    print(len(uniq), Name("aNN") in uniq, Name("al") in uniq)
    counts: dict[Name, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    print(counts)
    print(sorted([n.s for n in counts]))
    lookup = {Coord(i, i * i): str(i) for i in range(4)}
    print(lookup[Coord(3, 9)], lookup.get(Coord(2, 4), "?"), lookup.get(Coord(2, 5), "?"))


if __name__ == "__main__":
    main()
