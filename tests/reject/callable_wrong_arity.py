# expect: error[type] 6:12
from typing import Callable


def apply(f: Callable[[int], int]) -> int:
    return f(1, 2)
