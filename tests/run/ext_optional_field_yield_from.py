from __future__ import annotations

from collections.abc import Iterator


class Node:
    def __init__(self, data: int, left: Node | None = None) -> None:
        self.data = data
        self.left = left

    def __iter__(self) -> Iterator[int]:
        if self.left:
            yield from self.left
        yield self.data


print(list(Node(2, Node(1))))


class Chain:
    def __init__(self, items: list[int] | None) -> None:
        self.items = items

    def total(self) -> int:
        t = 0
        for x in self.items:
            t += x
        return t


print(Chain([1, 2]).total())
print(Chain(None).total())
