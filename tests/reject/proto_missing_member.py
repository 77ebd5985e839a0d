# expect: error[type] 20:13
from typing import Protocol, TypeVar


class Shape(Protocol):
    def area(self) -> float: ...

    def perimeter(self) -> float: ...


class Sq:
    def area(self) -> float:
        return 1.0


def total(s: Shape) -> float:
    return s.area()


print(total(Sq()))
