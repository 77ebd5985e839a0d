# expect: error[unsupported] 11:7
from typing import TypeVar

T = TypeVar("T")


def first(xs: list[T]) -> T:
    return xs[0]


print(first([1, 2]))
