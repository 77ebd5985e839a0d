# Nesting two levels deep, string annotations naming nested classes,
# a nested class used as a field type and in containers, a module-level
# class of the same short name, and nested names in the outer body.
from dataclasses import dataclass


class Node:
    pass


class Tree:
    class Node:
        def __init__(self, key: int) -> None:
            self.key = key
            self.kids: list["Tree.Node"] = []

        def add(self, key: int) -> "Tree.Node":
            kid = Tree.Node(key)
            self.kids.append(kid)
            return kid

    class Walk:
        @dataclass
        class Step:
            depth: int
            key: int

        def __init__(self) -> None:
            self.steps: list[Tree.Walk.Step] = []

    root_key = 0
    first = Node(5)

    def __init__(self) -> None:
        self.root = Tree.Node(Tree.root_key)

    def walk(self) -> "Tree.Walk":
        w = Tree.Walk()
        todo: list[tuple[int, Tree.Node]] = [(0, self.root)]
        while todo:
            d, n = todo.pop()
            w.steps.append(Tree.Walk.Step(d, n.key))
            for k in reversed(n.kids):
                todo.append((d + 1, k))
        return w


t = Tree()
a = t.root.add(1)
a.add(11)
t.root.add(2).add(21)
for s in t.walk().steps:
    print("  " * s.depth + str(s.key), s)
print(Tree.Walk.Step.__qualname__, Tree.Walk.Step.__name__, type(Tree.first).__qualname__)
print(type(Node()).__qualname__, isinstance(Tree.first, Tree.Node), Node.__qualname__)
print(Tree.Walk.Step(1, 2) == Tree.Walk.Step(1, 2), repr(Tree.Walk.Step(3, 4)))
