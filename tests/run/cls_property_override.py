# An overridden property is dispatched on the object's class, also through
# a base-class reference and through self in a base-class method.
class Item:
    @property
    def check(self) -> str:
        return "item"

    def show(self) -> str:
        return "show " + self.check


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
    items: list[Item] = [Node(), Item()]
    print([x.check for x in items])
    xs: list[Item] = [Node()]
    ys: list[Item] = [Node() for _ in range(2)]
    print(len(xs), len(ys), [y.show() for y in ys])


main()
