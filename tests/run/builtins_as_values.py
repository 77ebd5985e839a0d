# Built-in functions and classes used as function values.
from typing import Callable


class Point:
    def __init__(self, x: int) -> None:
        self.x = x

    def __repr__(self) -> str:
        return f"Point({self.x})"


make: Callable[[int], Point] = Point
size: Callable[[list[int]], int] = len
text: Callable[[int], str] = str
trunc: Callable[[float], int] = int
bigger: Callable[[int, int], int] = max
absolute: Callable[[int], int] = abs
print(make(3), size([1, 2]), text(42) + "!", trunc(3.9), bigger(3, 9), absolute(-4))
convs: list[Callable[[str], int]] = [len, int]
print([c("12") for c in convs])
print(list(map(Point, [1, 2])))
print(sorted([3, -5, 2], key=abs))
