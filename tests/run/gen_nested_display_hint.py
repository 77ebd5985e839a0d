# Found by difftest (campaign F, seed 1447455): a display inside an annotated
# display passes the expected element type on, so `[Node() for ...]` as a
# value of a `dict[int, list[Item]]` is a list of Item.
from typing import Optional


class Item:
    def __init__(self) -> None:
        self.k = 1

    def __repr__(self) -> str:
        return f"Item({self.k})"


class Node(Item):
    def __repr__(self) -> str:
        return f"Node({self.k})"


def main() -> None:
    d0 = {"a": 1, "b": 2}
    d1: dict[int, list[Item]] = {0: [Node() for v0 in d0.values()], 1: [Item()] * 1, 2: [Node()]}
    print(d1)
    d1[3] = [Item()]
    print(d1)
    xs: list[list[Item]] = [[Node()], [Item()], [Node() for _ in range(2)]]
    xs[0].append(Item())
    print(xs)
    os: list[Optional[list[int]]] = [[1], None, [i for i in range(3)]]
    print(os)
    ss: dict[str, set[Optional[int]]] = {"a": {1, None}, "b": {2}}
    print(sorted(ss), ss["b"])
    ys: list[list[float]] = [[1.5], [2.0, 3.0]]
    print(ys)


main()
