from dataclasses import dataclass
from enum import Enum, IntEnum, auto
from typing import Optional


class Suit(Enum):
    CLUBS = auto()
    DIAMONDS = auto()
    HEARTS = auto()
    SPADES = auto()

    @property
    def red(self) -> bool:
        return self in (Suit.DIAMONDS, Suit.HEARTS)

    def symbol(self) -> str:
        return {Suit.CLUBS: "c", Suit.DIAMONDS: "d", Suit.HEARTS: "h", Suit.SPADES: "s"}[self]


class Rank(IntEnum):
    TWO = 2
    THREE = 3
    JACK = 11
    ACE = 14


@dataclass
class Card:
    rank: Rank
    suit: Suit

    def __str__(self) -> str:
        return f"{self.rank.name.title()} of {self.suit.name.lower()}"


class Hand:
    def __init__(self) -> None:
        self.cards: list[Card] = []
        self.trump: Optional[Suit] = None

    def add(self, c: Card) -> None:
        self.cards.append(c)

    def score(self) -> int:
        total = 0
        for c in self.cards:
            total += c.rank
            if self.trump is not None and c.suit is self.trump:
                total += 10
        return total


def best(cards: list[Card]) -> Optional[Card]:
    if not cards:
        return None
    return max(cards, key=lambda c: c.rank)


h = Hand()
for s in Suit:
    for r in [Rank.TWO, Rank.ACE]:
        h.add(Card(r, s))
h.trump = Suit.HEARTS
print(h.score(), len(h.cards), str(h.cards[0]), h.cards[-1])
print(best(h.cards), best([]))
counts: dict[Suit, int] = {}
for c in h.cards:
    counts[c.suit] = counts.get(c.suit, 0) + c.rank.value
print(counts)
print([s.symbol() for s in Suit if s.red], [s for s in Suit if not s.red])
print(sorted(Rank, reverse=True), sum(r.value for r in Rank), list(range(Rank.THREE)))
print(Rank.JACK - Rank.TWO, Rank.ACE // 2, Rank.ACE % 5, Rank.JACK > 10, Rank(11).name)
by_rank = {r.value: r for r in Rank}
print(by_rank[14], Suit["SPADES"].value, [c.name for c in Suit][1:3])
print(Card(Rank.ACE, Suit.SPADES) == Card(Rank.ACE, Suit.SPADES), repr(Card(Rank.TWO, Suit.CLUBS)))
x = Suit.CLUBS
x = Suit.HEARTS
print(x, x == Suit.HEARTS, x != Suit.CLUBS, Suit.HEARTS.red)
