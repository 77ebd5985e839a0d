# expect: error[type] 9:27
from typing import Callable


def to_str(x: int) -> str:
    return str(x)


f: Callable[[int], int] = to_str
