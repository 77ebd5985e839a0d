# `xs += [display]` builds the display with the list's type, so elements of
# a subclass (also in nested displays and comprehensions) are accepted.
class Item:
    def __repr__(self) -> str:
        return "Item()"


class Node(Item):
    def __repr__(self) -> str:
        return "Node()"


xs: list[list[Item]] = [[Item()]]
xs += [[Node()], [Node() for _ in range(2)]]
xs[1].append(Item())
ys: list[Item] = []
ys += [Node()]
ys += [Node() for _ in range(2)]
print(xs, ys)
