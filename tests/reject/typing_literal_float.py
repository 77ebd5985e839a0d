# expect: error[unsupported] 5:18
from typing import Literal


def f(x: Literal[1.5]) -> float:
    return x


print(f(1.5))
