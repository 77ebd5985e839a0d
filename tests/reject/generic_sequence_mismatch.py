# expect: error[type] 8:13
from typing import Sequence


def first(xs: Sequence[int]) -> int:
    return xs[0]

print(first(["a"]))
