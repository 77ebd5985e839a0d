# Finding (miscompile): the repr of a dataclass that (indirectly) contains itself.
# CPython's generated __repr__ is guarded by reprlib.recursive_repr and prints "..." for the
# object being printed; multigen recurses until RecursionError.
# CPython:  Node(key=True, ratio=...) / [Node(key=True, ratio=...)]
# multigen: RecursionError: maximum recursion depth exceeded
from dataclasses import dataclass


@dataclass
class Item:
    key: bool


@dataclass
class Node(Item):
    ratio: Item


def main() -> None:
    n = Node(True, Item(False))
    n.ratio = n
    print(n)
    print([n])


main()
