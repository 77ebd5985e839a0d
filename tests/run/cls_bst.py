# A binary search tree of objects: recursive insert, search, in-order traversal, height, min/max and range count.
from typing import Optional


class TreeNode:
    def __init__(self, key: int, label: str) -> None:
        self.key = key
        self.label = label
        self.left: Optional[TreeNode] = None
        self.right: Optional[TreeNode] = None


class BST:
    def __init__(self) -> None:
        self.root: Optional[TreeNode] = None
        self.count = 0

    def insert(self, key: int, label: str) -> None:
        self.root = self._insert(self.root, key, label)

    def _insert(self, node: Optional[TreeNode], key: int, label: str) -> TreeNode:
        if node is None:
            self.count += 1
            return TreeNode(key, label)
        if key < node.key:
            node.left = self._insert(node.left, key, label)
        elif key > node.key:
            node.right = self._insert(node.right, key, label)
        else:
            node.label = label
        return node

    def find(self, key: int) -> str:
        node = self.root
        while node is not None:
            if key == node.key:
                return node.label
            node = node.left if key < node.key else node.right
        return "-"

    def inorder(self) -> list[int]:
        out: list[int] = []
        walk(self.root, out)
        return out


def walk(node: Optional[TreeNode], out: list[int]) -> None:
    if node is not None:
        walk(node.left, out)
        out.append(node.key)
        walk(node.right, out)


def height(node: Optional[TreeNode]) -> int:
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def count_range(node: Optional[TreeNode], lo: int, hi: int) -> int:
    if node is None:
        return 0
    here = 1 if lo <= node.key <= hi else 0
    return here + count_range(node.left, lo, hi) + count_range(node.right, lo, hi)


def main() -> None:
    t = BST()
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
        t.insert(k, "n" + str(k))
    print(t.inorder(), t.count, height(t.root))
    print([t.find(k) for k in [50, 35, 65, 99, 0]])
    t.insert(35, "thirty-five")
    print(t.find(35), t.count)
    print(count_range(t.root, 30, 60), count_range(t.root, 0, 100), count_range(t.root, 81, 90))
    chain = BST()
    for k in range(12):
        chain.insert(k, "")
    print(height(chain.root), chain.count, chain.inorder()[-3:])
    x = 7
    mixed = BST()
    for _ in range(25):
        x = (x * 37 + 11) % 101
        mixed.insert(x, str(x))
    print(mixed.inorder(), mixed.count, height(mixed.root))


if __name__ == "__main__":
    main()
