# Collector roots: data held only in object fields.
#
# Linked lists, binary trees and objects whose fields hold strings, lists
# and other objects, built while garbage is allocated, then walked and
# checked. Subclass instances, dataclasses, objects as dict keys and values.
from dataclasses import dataclass, field
from typing import Optional


class Node:
    def __init__(self, value: int, label: str, nxt: "Optional[Node]") -> None:
        self.value = value
        self.label = label
        self.tags: list[str] = []
        self.next = nxt


class Tree:
    def __init__(self, key: int) -> None:
        self.key = key
        self.name = "t" + str(key)
        self.left: Optional[Tree] = None
        self.right: Optional[Tree] = None


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return self.name + ":" + str(round(self.area(), 2))


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect" + str(int(w)))
        self.w = w
        self.h = h
        self.corners: list[tuple[float, float]] = [(0.0, 0.0), (w, h)]

    def area(self) -> float:
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle" + str(int(r)))
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r * self.r


@dataclass
class Item:
    name: str
    qty: int
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Key:
    a: str
    b: int


def churn(n: int) -> int:
    total = 0
    for i in range(n):
        tmp = Node(i, "tmp" + str(i), None)
        tmp.tags.append(str(i))
        total += len(tmp.label) + len(tmp.tags)
    return total


def insert(root: Optional[Tree], key: int) -> Tree:
    if root is None:
        return Tree(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root


def inorder(t: Optional[Tree], out: list[str]) -> None:
    if t is None:
        return
    inorder(t.left, out)
    out.append(t.name)
    inorder(t.right, out)


def main() -> None:
    head: Optional[Node] = None
    for i in range(300):
        head = Node(i, "n" + str(i * 3), head)
        head.tags.append("tag" + str(i % 7))
        if i % 20 == 0:
            churn(10)
    root: Optional[Tree] = None
    for i in range(200):
        root = insert(root, i * 7919 % 211)
        if i % 15 == 0:
            churn(10)
    shapes: list[Shape] = []
    for i in range(60):
        if i % 2 == 0:
            shapes.append(Rect(float(i), float(i + 1)))
        else:
            shapes.append(Circle(float(i)))
    items = {("item" + str(i)): Item("item" + str(i), i) for i in range(50)}
    for i in range(200):
        items["item" + str(i % 50)].notes.append("note" + str(i))
    index = {Key("k" + str(i % 9), i % 4): "val" + str(i) for i in range(80)}
    print("churn", churn(500))
    total = 0
    count = 0
    labels = 0
    node: Optional[Node] = head
    while node is not None:
        total += node.value
        labels += len(node.label) + len(node.tags[0])
        count += 1
        node = node.next
    print("list", count, total, labels)
    names: list[str] = []
    inorder(root, names)
    print("tree", len(names), names[:5], names[-5:])
    print([s.describe() for s in shapes[:4]])
    print(sum(s.area() for s in shapes), shapes[10].describe(), shapes[59].describe())
    rect = shapes[8]
    if isinstance(rect, Rect):
        print(rect.corners)
    print(items["item7"], len(items["item49"].notes))
    print(len(index), index[Key("k3", 1)], sorted(index.values())[:3])


main()
