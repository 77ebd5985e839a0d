# expect: error[type] 12:10
from enum import IntEnum


class Level(IntEnum):
    LOW = 1


def twice(n: int) -> int:
    return 2 * n

x: int = Level.LOW
