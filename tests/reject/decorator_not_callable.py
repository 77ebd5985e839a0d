# expect: error[type] 9:2
from typing import Callable


def count(f: Callable[[int], int]) -> int:
    return 1


@count
def g(x: int) -> int:
    return x
