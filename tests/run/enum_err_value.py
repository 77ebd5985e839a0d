# An uncaught ValueError from a lookup by value: the traceback ends in
# enum.py's frames, as CPython's does.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


def pick(n: int) -> Color:
    return Color(n)


print(pick(2))
print(pick(9))
