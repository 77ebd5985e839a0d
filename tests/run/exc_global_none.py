# A global Optional tested in a function can be changed by a call before it
# is used: the use is still checked (multigen narrows locals only).
from typing import Optional


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


cur: Optional[Node] = Node(1)


def clear() -> None:
    global cur
    cur = None


def main() -> None:
    if cur is not None:
        print("before", cur.v)
        clear()
        try:
            print(cur.v)
        except AttributeError as e:
            print("caught", e)
    node = Node(5)
    other: Optional[Node] = node
    if other is not None:
        print("local", other.v)


main()
