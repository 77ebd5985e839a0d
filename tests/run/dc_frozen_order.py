# @dataclass(frozen=True, order=True): sortable, hashable value objects used as dict keys and set members.
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str

    def label(self) -> str:
        names = {11: "J", 12: "Q", 13: "K", 14: "A"}
        return names.get(self.rank, str(self.rank)) + self.suit


def deal(seed: int, n: int) -> list[Card]:
    out: list[Card] = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(Card(2 + x % 13, "SHDC"[(x // 13) % 4]))
    return out


def main() -> None:
    hand = deal(42, 9)
    print([c.label() for c in hand])
    print(sorted(hand))
    print(min(hand).label(), max(hand).label())
    uniq = set(hand)
    print(len(hand), len(uniq))
    print([c.label() for c in sorted(uniq)])
    counts: dict[Card, int] = {}
    for c in deal(7, 40):
        counts[c] = counts.get(c, 0) + 1
    dupes = sorted([c for c, n in counts.items() if n > 1])
    print(len(counts), [(c.label(), counts[c]) for c in dupes])
    by_rank: dict[int, list[Card]] = {}
    for c in sorted(hand, reverse=True):
        by_rank.setdefault(c.rank, []).append(c)
    print(by_rank)
    print(Card(10, "H") < Card(10, "S"), Card(9, "S") < Card(10, "C"), Card(5, "D") in uniq)


if __name__ == "__main__":
    main()
