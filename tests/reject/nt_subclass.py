# expect: error[unsupported] 10:14
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


class Point3(Point):
    pass
