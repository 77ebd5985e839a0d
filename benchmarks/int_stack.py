# The hand-written IntStack that generic_stack.py is measured against.


class IntStack:
    def __init__(self) -> None:
        self.items: list[int] = []

    def push(self, x: int) -> None:
        self.items.append(x)

    def pop(self) -> int:
        return self.items.pop()

    def size(self) -> int:
        return len(self.items)


def main() -> None:
    s = IntStack()
    checksum = 0
    for round in range(40):
        for i in range(100000):
            s.push(i ^ round)
        while s.size() > 0:
            checksum = (checksum * 31 + s.pop()) % 1000000007
    print(checksum)


main()
