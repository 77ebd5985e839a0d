# A generic Stack[int] (typing.Generic, monomorphised by multigen) doing
# the same work as int_stack.py's hand-written IntStack (issue 13: the
# generic one must cost no more than 1.2x the hand-written one).
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()

    def size(self) -> int:
        return len(self.items)


def main() -> None:
    s: Stack[int] = Stack()
    checksum = 0
    for round in range(40):
        for i in range(100000):
            s.push(i ^ round)
        while s.size() > 0:
            checksum = (checksum * 31 + s.pop()) % 1000000007
    print(checksum)


main()
