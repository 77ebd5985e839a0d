# expect: error[type] 13:13
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


def first(t: tuple[int, int]) -> int:
    return t[0]

print(first(Point(1, 2)))
