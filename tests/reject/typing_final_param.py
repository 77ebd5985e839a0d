# expect: error[type] 5:10
from typing import Final


def f(x: Final[int]) -> int:
    return x


print(f(1))
