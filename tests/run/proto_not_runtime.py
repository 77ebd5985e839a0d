from typing import Protocol


class Shape(Protocol):
    def area(self) -> float: ...


class Sq:
    def area(self) -> float:
        return 1.0


s = Sq()
try:
    print(isinstance(s, Shape))
except TypeError as e:
    print("TypeError:", e)
print(isinstance(s, Shape))
