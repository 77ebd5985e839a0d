# AttributeError: an attribute read through an Optional that is None.
from typing import Optional


class Cell:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional[Cell] = None


def second_value(c: Cell) -> int:
    n = c.next
    return n.value


a = Cell(1)
b = Cell(2)
a.next = b
print(second_value(a))
print("again", end="...")
print(second_value(b))
