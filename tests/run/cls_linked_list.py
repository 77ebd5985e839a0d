# A singly linked list built from node objects: append, push, reverse in place, recursive length and sum.
from typing import Optional


class ListNode:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional[ListNode] = None


class LinkedList:
    def __init__(self) -> None:
        self.head: Optional[ListNode] = None
        self.size = 0

    def push_front(self, value: int) -> None:
        node = ListNode(value)
        node.next = self.head
        self.head = node
        self.size += 1

    def append(self, value: int) -> None:
        node = ListNode(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def to_list(self) -> list[int]:
        out: list[int] = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def reverse(self) -> None:
        prev: Optional[ListNode] = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def remove_first(self, value: int) -> bool:
        prev: Optional[ListNode] = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False


def rec_len(node: Optional[ListNode]) -> int:
    return 0 if node is None else 1 + rec_len(node.next)


def rec_sum(node: Optional[ListNode]) -> int:
    return 0 if node is None else node.value + rec_sum(node.next)


def main() -> None:
    ll = LinkedList()
    for v in [3, 1, 4, 1, 5]:
        ll.append(v)
    ll.push_front(9)
    print(ll.to_list(), ll.size, rec_len(ll.head), rec_sum(ll.head))
    ll.reverse()
    print(ll.to_list())
    for v in [1, 9, 7, 5]:
        print("remove", v, ll.remove_first(v), ll.to_list(), ll.size)


if __name__ == "__main__":
    main()
