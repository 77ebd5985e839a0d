# IndexError from a method, after a partial line.


class Stack:
    def __init__(self) -> None:
        self.items: list[str] = []

    def push(self, s: str) -> None:
        self.items.append(s)

    def peek(self, depth: int) -> str:
        return self.items[-1 - depth]


s = Stack()
for w in ["a", "b", "c"]:
    s.push(w)
print(s.peek(0), s.peek(2))
print("deeper:", end="")
print(s.peek(3))
