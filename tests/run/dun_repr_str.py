# __repr__ and __str__: print and str() use __str__, repr() and !r use __repr__, containers of objects print reprs.


class Card:
    SUITS = "SHDC"

    def __init__(self, rank: int, suit: str) -> None:
        self.rank = rank
        self.suit = suit

    def __repr__(self) -> str:
        return f"Card({self.rank}, {self.suit!r})"

    def __str__(self) -> str:
        names = {1: "A", 11: "J", 12: "Q", 13: "K"}
        return names.get(self.rank, str(self.rank)) + self.suit


class Hand:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.cards: list[Card] = []

    def __repr__(self) -> str:
        return f"Hand({self.owner!r}, {self.cards})"

    def __str__(self) -> str:
        return self.owner + ": " + " ".join([str(c) for c in self.cards])


def main() -> None:
    c = Card(12, "H")
    print(c)
    print(str(c), repr(c))
    print(f"{c} / {c!r} / {c!s}")
    print("card:", c, "end")
    cards = [Card(1, "S"), Card(10, "D"), Card(13, "C")]
    print(cards)
    print([str(x) for x in cards])
    h = Hand("ann")
    print(h)
    print(repr(h))
    for x in cards:
        h.cards.append(x)
    print(h)
    print(repr(h))
    print((c, cards[0]))
    d = {"queen": c, "ace": cards[0]}
    print(d)
    print(f"{str(c):>6}|{repr(c):<16}|")
    msg = "drew " + str(c) + " and " + repr(cards[2])
    print(msg, len(msg))
    print([h])


if __name__ == "__main__":
    main()
