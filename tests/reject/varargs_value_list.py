# expect: error[unsupported] 8:12
from typing import Callable


def run(fn: Callable[[int, int], int], xs: list[int]) -> int:
    return 0 if not xs else (
        0
    ) + fn(*xs)
