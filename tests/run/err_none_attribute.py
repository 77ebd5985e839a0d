# Ends with AttributeError: 'NoneType' object has no attribute 'value' when a list walk runs off its end.
from typing import Optional


class Node:
    def __init__(self, value: int, nxt: Optional["Node"]) -> None:
        self.value = value
        self.nxt = nxt


def nth_value(head: Optional[Node], n: int) -> int:
    cur = head
    for _ in range(n):
        cur = cur.nxt
    return cur.value


def main() -> None:
    head = Node(1, Node(2, Node(3, None)))
    for n in range(3):
        print(n, nth_value(head, n))
    print(3, nth_value(head, 3))
    print("not reached")


if __name__ == "__main__":
    main()
