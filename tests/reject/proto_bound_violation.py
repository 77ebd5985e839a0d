# expect: error[type] 23:7
from typing import Protocol, TypeVar


class Shape(Protocol):
    def area(self) -> float: ...

    def perimeter(self) -> float: ...


class Sq:
    def area(self) -> float:
        return 1.0


T = TypeVar("T", bound=Shape)


def biggest(a: T, b: T) -> T:
    return a if a.area() > b.area() else b


print(biggest(Sq(), Sq()))
