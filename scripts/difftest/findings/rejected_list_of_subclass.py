# Finding (valid program rejected, low priority): a list display/comprehension whose elements
# are all instances of a subclass is typed list[Sub] even where list[Base] is declared:
# "error[type]: assigned value has type list[Node], expected list[Item]".
# A display mixing Item and Node is accepted. (Same for dict values and nested lists.)
# CPython: [Item(1)] / [Item(0), Item(1)]
class Item:
    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        return f"Item({self.n})"


class Node(Item):
    pass


xs: list[Item] = [Node(1)]
print(xs)
ys: list[Item] = [Node(i) for i in range(2)]
print(ys)
