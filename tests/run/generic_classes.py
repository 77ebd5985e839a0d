# Generic[T] classes: one class per list of type arguments, from
# annotations, explicit Stack[int](), the expected type, or the
# arguments of __init__.
from typing import Generic, TypeVar, Optional

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()

    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Stack({self.items})"


class Box(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def get(self) -> T:
        return self.value

    def map_str(self) -> "Box[str]":
        return Box(str(self.value))


class Node(Generic[T]):
    def __init__(self, value: T, next: "Optional[Node[T]]" = None) -> None:
        self.value = value
        self.next = next


class Pair(Generic[K, V]):
    def __init__(self, key: K, val: V) -> None:
        self.key = key
        self.val = val

    def swap(self) -> "Pair[V, K]":
        return Pair(self.val, self.key)

    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.val!r})"


def total(s: Stack[int]) -> int:
    t = 0
    while len(s) > 0:
        t += s.pop()
    return t


def to_list(n: Optional[Node[T]]) -> list[T]:
    out: list[T] = []
    while n is not None:
        out.append(n.value)
        n = n.next
    return out


s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), s.peek())
print(total(s), len(s), s.peek())
names = Stack[str]()
names.push("a")
names.push("b")
print(names.pop(), names, type(names).__name__)
b = Box(3)
print(b.get() + 1, b.map_str().get() + "!", Box("x").get())
chain = Node(1, Node(2, Node(3)))
print(to_list(chain), to_list(Node("a")))
p = Pair("one", 1)
print(p, p.swap(), p.swap().swap())
