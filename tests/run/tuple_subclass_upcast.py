# A tuple holding subclass instances is a tuple of the base classes (tuples
# are immutable): assignment, arguments, returns and both branches of a
# conditional expression (difftest campaign M, seed 2112813, was refused).
from typing import Optional


class Item:
    def __init__(self, v: int) -> None:
        self.v = v

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.v})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Item) and other.v == self.v

    def __hash__(self) -> int:
        return self.v


class Node(Item):
    pass


def first(t: tuple[int, Item]) -> Item:
    return t[1]


def pair(n: Node) -> tuple[str, Optional[Item]]:
    t: tuple[str, Optional[Node]] = ("n", n)
    return t


tn = (1, Node(2))
t: tuple[int, Item] = tn
print(t, first(tn), pair(Node(3)))
for c in [True, False]:
    u = (1, Node(4)) if c else (2, Item(5))
    w = (0, (Node(6), "x")) if c else (9, (Item(7), "y"))
    print(u, w, u == (1, Item(4)))
nested: tuple[tuple[Item, int], tuple[Item, int]] = ((Node(1), 1), (Item(2), 2))
print(nested, {(1, Item(3)): "a"}[(1, Node(3))])
