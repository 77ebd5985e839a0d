# mypy's partial None types: a variable first assigned None without an
# annotation, and something else later, is an Optional of that type.
from typing import Optional


def smallest(xs: list[int]) -> Optional[int]:
    best = None
    for x in xs:
        if best is None or x < best:
            best = x
    return best


def longest(words: list[str]) -> str:
    found = None
    for w in words:
        if found is None or len(w) > len(found):
            found = w
    return found if found is not None else "<none>"


def last_pair(xs: list[int]) -> str:
    prev = None
    out = []
    for x in xs:
        if prev is not None:
            out.append(f"{prev}->{x}")
        prev = x
    return ", ".join(out) + f" (last {prev})"


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.left = None
        self.right = None
        self.parent = None

    def insert(self, v: int) -> None:
        if v < self.value:
            if self.left is None:
                self.left = Node(v)
                self.left.parent = self
            else:
                self.left.insert(v)
        else:
            if self.right is None:
                self.right = Node(v)
                self.right.parent = self
            else:
                self.right.insert(v)


def inorder(n: Optional[Node], out: list[int]) -> None:
    if n is None:
        return
    inorder(n.left, out)
    out.append(n.value)
    inorder(n.right, out)


def depth(n: Node) -> int:
    d = 0
    p = n.parent
    while p is not None:
        d += 1
        p = p.parent
    return d


class Cache:
    def __init__(self) -> None:
        self.hits = 0
        self.last = None

    def get(self, key: str) -> str:
        if self.last is not None and self.last[0] == key:
            self.hits += 1
            return self.last[1]
        value = key.upper()
        self.last = (key, value)
        return value


def main() -> None:
    print(smallest([5, 3, 8, 1, 9]), smallest([]))
    print(longest(["a", "abc", "ab"]), longest([]))
    print(last_pair([1, 2, 3]), last_pair([]))
    root = Node(50)
    for v in [30, 70, 20, 40, 60, 80, 35]:
        root.insert(v)
    out: list[int] = []
    inorder(root, out)
    print(out, root.parent)
    n = root.left
    while n is not None and n.right is not None:
        n = n.right
    if n is not None:
        print(n.value, depth(n))
    c = Cache()
    print(c.get("a"), c.get("a"), c.get("b"), c.get("b"), c.hits, c.last)
    nothing = None
    print(nothing)


main()
