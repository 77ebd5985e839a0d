# Deviation: a function declared to return an int ends with a match whose
# last case matches every Node as mypy sees it, but reads a field that is
# unset: CPython returns None, multigen raises RuntimeError instead.

class Node:
    def __init__(self, v: int, full: bool) -> None:
        self.v = v
        if full:
            self.extra = v * 10


def read(n: Node) -> int:
    match n:
        case Node(v=0):
            return 0
        case Node(extra=e):
            return e


print(read(Node(0, False)), read(Node(2, True)))


def read_or(n: Node) -> int:
    match n:
        case Node(extra=e):
            return e
    return -1


print(read_or(Node(3, False)), read_or(Node(3, True)))
match Node(5, False):
    case Node(extra=e):
        print("extra", e)
print(read(Node(4, False)))
