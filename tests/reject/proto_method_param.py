# expect: error[unsupported] 17:22
from typing import Protocol, TypeVar


class Shape(Protocol):
    def area(self) -> float: ...

    def perimeter(self) -> float: ...


class Sq:
    def area(self) -> float:
        return 1.0


class Tool:
    def use(self, s: Shape) -> None:
        pass
