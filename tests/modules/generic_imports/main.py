from typing import Protocol, Sequence, TypeVar, Iterator

import shapes
from shapes import Square, squares

T = TypeVar("T")


class Shape(Protocol):
    def area(self) -> float: ...


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


def total_area(a: Shape, b: Shape) -> float:
    return a.area() + b.area()


def first(xs: Sequence[T]) -> T:
    return xs[0]


def summed(xs: Iterator[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


print(total_area(Square(2.0), Circle(1.0)))
print(total_area(shapes.Square(1.0), shapes.Square(3.0)))
print(first([Square(4.0)]).area(), first("xy"))
print(summed(squares(4)), summed(shapes.squares(3)))
