# A closure over self made in __init__ and called before a field is assigned:
# the field is checked (AttributeError), never read unassigned.
from typing import Callable


class Node:
    def __init__(self, name: str) -> None:
        def show() -> str:
            return self.label.upper()
        self.shower: Callable[[], str] = show
        try:
            print(show())
        except AttributeError as e:
            print("AttributeError:", e)
        self.label = name

n = Node("x")
print(n.shower())
