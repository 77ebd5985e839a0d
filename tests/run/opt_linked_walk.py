# Walking Optional links with `while node is not None:`: find, nth, insert-sorted, and a cycle-free merge.
from typing import Optional


class Node:
    def __init__(self, val: int, nxt: Optional["Node"] = None) -> None:
        self.val = val
        self.nxt = nxt


def from_list(xs: list[int]) -> Optional[Node]:
    head: Optional[Node] = None
    for x in reversed(xs):
        head = Node(x, head)
    return head


def show(node: Optional[Node]) -> str:
    parts: list[str] = []
    while node is not None:
        parts.append(str(node.val))
        node = node.nxt
    return " -> ".join(parts) if parts else "(empty)"


def nth(node: Optional[Node], n: int) -> Optional[Node]:
    i = 0
    while node is not None and i < n:
        node = node.nxt
        i += 1
    return node


def insert_sorted(head: Optional[Node], v: int) -> Node:
    if head is None or v <= head.val:
        return Node(v, head)
    cur = head
    while cur.nxt is not None and cur.nxt.val < v:
        cur = cur.nxt
    cur.nxt = Node(v, cur.nxt)
    return head


def merge(a: Optional[Node], b: Optional[Node]) -> Optional[Node]:
    dummy = Node(0)
    tail = dummy
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.nxt = a
            a = a.nxt
        else:
            tail.nxt = b
            b = b.nxt
        tail = tail.nxt
    tail.nxt = a if a is not None else b
    return dummy.nxt


def main() -> None:
    lst = from_list([5, 10, 15, 20])
    print(show(lst), "|", show(None), "|", show(from_list([])))
    for n in [0, 2, 3, 4, 9]:
        node = nth(lst, n)
        print(n, node.val if node is not None else None)
    head: Optional[Node] = None
    for v in [7, 3, 9, 1, 8, 3]:
        head = insert_sorted(head, v)
        print(show(head))
    m = merge(from_list([1, 4, 6, 10]), from_list([2, 3, 7, 11, 12]))
    print(show(m))
    print(show(merge(None, from_list([1]))), show(merge(None, None)))
    count = 0
    node = m
    while node is not None:
        if node.val % 2 == 0:
            count += 1
        node = node.nxt
    print("evens", count, node)


if __name__ == "__main__":
    main()
