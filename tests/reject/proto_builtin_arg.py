# expect: error[type] 20:20
from typing import Protocol, TypeVar


class Shape(Protocol):
    def area(self) -> float: ...

    def perimeter(self) -> float: ...


class Sq:
    def area(self) -> float:
        return 1.0


def total(s: Shape, k: int) -> float:
    return s.area() * k


print(total(k=2, s=3))
