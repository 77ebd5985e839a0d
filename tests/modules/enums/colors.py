from enum import Enum, IntEnum
from typing import NamedTuple
from collections import namedtuple


class Color(Enum):
    RED = 1
    GREEN = 2


class Level(IntEnum):
    LOW = 1
    HIGH = 5


class Pt(NamedTuple):
    x: int
    y: int


Pair = namedtuple("Pair", "a b")


def pick(n: int) -> Color:
    return Color(n)
