# expect: error[type] 9:2
from typing import Callable


def deco(f: Callable[[str], str]) -> Callable[[str], str]:
    return f


@deco
def g(x: int) -> int:
    return x
