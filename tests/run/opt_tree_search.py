# Optional[TreeNode] children and search results: lookup returns the node or None, and callers narrow before use.
from typing import Optional


class TreeNode:
    def __init__(self, key: str, value: int) -> None:
        self.key = key
        self.value = value
        self.left: Optional[TreeNode] = None
        self.right: Optional[TreeNode] = None


def insert(root: Optional[TreeNode], key: str, value: int) -> TreeNode:
    if root is None:
        return TreeNode(key, value)
    if key < root.key:
        root.left = insert(root.left, key, value)
    elif key > root.key:
        root.right = insert(root.right, key, value)
    else:
        root.value = value
    return root


def search(root: Optional[TreeNode], key: str) -> Optional[TreeNode]:
    while root is not None and root.key != key:
        root = root.left if key < root.key else root.right
    return root


def min_node(root: TreeNode) -> TreeNode:
    while root.left is not None:
        root = root.left
    return root


def depth_of(root: Optional[TreeNode], key: str) -> Optional[int]:
    d = 0
    while root is not None:
        if key == root.key:
            return d
        root = root.left if key < root.key else root.right
        d += 1
    return None


def main() -> None:
    root: Optional[TreeNode] = None
    for i, w in enumerate("mango kiwi apple peach banana zucchini lime cherry".split()):
        root = insert(root, w, i)
    for k in ["apple", "lime", "grape", "zucchini", "aardvark"]:
        n = search(root, k)
        print(k, n.value if n is not None else None, depth_of(root, k))
    hit = search(root, "peach")
    if hit is not None:
        hit.value += 100
        print(hit.key, hit.value, hit.left, hit.right is None)
    print(search(root, "peach") is hit, search(root, "nope") is None)
    if root is not None:
        print("min", min_node(root).key, "root", root.key)
        r = root.right
        if r is not None:
            print("right child", r.key, min_node(r).key)


if __name__ == "__main__":
    main()
