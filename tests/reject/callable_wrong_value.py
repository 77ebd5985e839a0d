# expect: error[type] 14:7
from typing import Callable


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def show(x: int) -> str:
    return str(x)


g: Callable[[int], str] = show
apply(g, 1)
