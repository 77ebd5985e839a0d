# Ends with an uncaught KeyError from a dict lookup inside a method.


class PriceList:
    def __init__(self) -> None:
        self.prices: dict[str, int] = {"apple": 50, "pear": 75}

    def add(self, name: str, cents: int) -> None:
        self.prices[name] = cents

    def cost(self, name: str, qty: int) -> int:
        return self.prices[name] * qty


def main() -> None:
    pl = PriceList()
    print(pl.cost("apple", 3), pl.cost("pear", 2))
    pl.add("plum", 30)
    order = [("plum", 4), ("apple", 1), ("kiwi", 2), ("pear", 1)]
    total = 0
    for name, qty in order:
        total += pl.cost(name, qty)
        print(name, qty, total)
    print("not reached")


if __name__ == "__main__":
    main()
