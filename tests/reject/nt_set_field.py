# expect: error[type] 10:3
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int

p = Point(1, 2)
p.x = 5
