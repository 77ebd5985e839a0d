# expect: error[unsupported] 16:14
from typing import Protocol, TypeVar


class Shape(Protocol):
    def area(self) -> float: ...

    def perimeter(self) -> float: ...


class Sq:
    def area(self) -> float:
        return 1.0


class Circle(Shape):
    pass
