# Regression (found by difftest, was a miscompile): the repr of a dataclass that (indirectly) contains itself.
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


class Flaky:
    def __init__(self) -> None:
        self.calls = 0

    def __repr__(self) -> str:
        self.calls += 1
        if self.calls == 1:
            raise ValueError("first repr fails")
        return "Flaky()"


@dataclass
class Holder:
    inner: Flaky


def flaky() -> None:
    # An exception inside the guarded repr must unmark the object, or the
    # next repr would print "...".
    h = Holder(Flaky())
    try:
        print(h)
    except ValueError as e:
        print("error:", e)
    print(h)
    print(repr(h), str(h))


flaky()
