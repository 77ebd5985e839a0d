# __bool__ and __len__ truthiness: if, while, not, and/or operands, bool(), filtering with a comprehension.


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance

    def __bool__(self) -> bool:
        return self.balance > 0

    def __repr__(self) -> str:
        return f"{self.owner}({self.balance})"


class Bag:
    def __init__(self) -> None:
        self.items: list[str] = []

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return "Bag" + repr(self.items)


def main() -> None:
    accts = [Account("ann", 10), Account("bob", 0), Account("cid", -5), Account("dee", 1)]
    for a in accts:
        if a:
            print(a, "is in credit")
        else:
            print(a, "is not")
    print([bool(a) for a in accts], [not a for a in accts])
    print([a for a in accts if a])
    print(accts[1] or accts[0], accts[0] and accts[1], accts[1] and accts[0], accts[2] or accts[1])
    spender = Account("eve", 3)
    rounds = 0
    while spender:
        spender.balance -= 1
        rounds += 1
    print(rounds, spender, bool(spender))
    print(sum([1 for a in accts if not a]), any([bool(a) for a in accts]), all([bool(a) for a in accts]))
    bag = Bag()
    print(bool(bag), len(bag), "empty" if not bag else "full")
    bag.items.append("pen")
    bag.items.append("cup")
    print(bool(bag), len(bag), "empty" if not bag else "full")
    while bag:
        print("took", bag.items.pop(), len(bag))
    print(bag, bool(bag))
    first = Account("x", 0) or Account("y", 7)
    print(first)


if __name__ == "__main__":
    main()
