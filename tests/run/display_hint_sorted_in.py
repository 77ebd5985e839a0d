# A display passed to sorted() where a list is expected, and a display
# looked for with `in`, take the expected element type: lists of a subclass
# among lists of the base (difftest campaign M, seed 2105653, was refused).
class Item:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Item) and other.v == self.v

    def __repr__(self) -> str:
        return f"Item({self.v})"


class Node(Item):
    def me(self) -> list[list[Item]]:
        xs: list[list[Item]] = sorted([[self], [Item(1), Item(0)]], key=lambda k: len(k))
        print([self] in xs, [Node(9)] in xs, [Node(1), Node(0)] in xs)
        print([self for _ in range(2)] not in xs)
        return xs


print(Node(5).me())
ys: list[Item] = sorted([Node(3), Item(1), Node(2)], key=lambda i: i.v, reverse=True)
print(ys)
