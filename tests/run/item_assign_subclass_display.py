# A new display or comprehension of subclass instances stored as an item of
# a container of base-class containers (difftest campaign N, seed 2218310,
# was refused).
class Item:
    def __repr__(self) -> str:
        return type(self).__name__
class Node(Item):
    pass
d1: dict[str, dict[str, Item]] = {}
n = Node()
d1["a"] = {"x" + str(i): n for i in range(2)}
d1["b"] = {"y": Node()}
grid: list[list[Item]] = [[], []]
grid[0] = [Node() for _ in range(2)]
grid[1] = [n, Item()]
print(d1, grid)
