# Ends with an uncaught exception subclass carrying fields; the handled cases print the fields first.


class InsufficientStock(Exception):
    def __init__(self, item: str, wanted: int, available: int) -> None:
        super().__init__(f"{item}: wanted {wanted}, only {available} left")
        self.item = item
        self.wanted = wanted
        self.available = available


class Warehouse:
    def __init__(self) -> None:
        self.stock: dict[str, int] = {"bolt": 10, "nut": 4}

    def take(self, item: str, n: int) -> int:
        have = self.stock.get(item, 0)
        if n > have:
            raise InsufficientStock(item, n, have)
        self.stock[item] = have - n
        return self.stock[item]


def main() -> None:
    w = Warehouse()
    for item, n in [("bolt", 3), ("nut", 5), ("washer", 1), ("nut", 4)]:
        try:
            print(item, "left", w.take(item, n))
        except InsufficientStock as e:
            print("short:", e.item, e.wanted, e.available)
    print(w.stock)
    print("taking bolts", end="... ")
    w.take("bolt", 8)
    print("not reached")


if __name__ == "__main__":
    main()
