# Regression (found by difftest, was a miscompile): an overridden @property is not dispatched dynamically.
# Read through a receiver whose static type is the base class (including `self` in a
# base-class method), the base getter runs instead of the subclass's.
# CPython:  Node.check runs / node / Node.check runs / node / Node.check runs / Node.check runs
# multigen: item / item / Node.check runs
class Item:
    @property
    def check(self) -> str:
        return "item"

    def show(self) -> str:
        return self.check


class Node(Item):
    @property
    def check(self) -> str:
        print("Node.check runs")
        return "node"


def main() -> None:
    n = Node()
    print(n.show())
    i: Item = Node()
    print(i.check)
    i.check
    n.check


main()
