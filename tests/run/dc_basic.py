# @dataclass basics: generated __init__ (positional and keyword), __repr__ and __eq__ printed exactly.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price: float
    qty: int


@dataclass
class Pair:
    left: int
    right: int


def main() -> None:
    a = Item("pear", 0.75, 1)
    print(a)
    print(repr(a), str(a), f"{a}")
    b = Item(name="apple", price=1.25, qty=12)
    c = Item("pear", 0.75, qty=1)
    print(b, c)
    print(a == c, a == b, a != b, a is c)
    print(a.name, a.price * a.qty, b.price * b.qty)
    c.qty += 2
    print(c, a == c)
    items = [a, b, c, Item("fig", 3.0, 0)]
    print(items)
    print([i.name for i in items if i.qty > 0])
    print(Item("pear", 0.75, 1) in items, items.index(Item("fig", 3.0, 0)), items.count(a))
    total = 0.0
    for it in items:
        total += it.price * it.qty
    print(f"total {total:.2f}")
    p = Pair(1, 2)
    q = Pair(right=2, left=1)
    print(p, q, p == q, Pair(2, 1) == p)
    pairs = [Pair(i, i * i) for i in range(4)]
    print(pairs)
    print({"p": p, "q": Pair(0, 0)})
    print(Item("it's", 0.1 + 0.2, -3))


if __name__ == "__main__":
    main()
