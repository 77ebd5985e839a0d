from typing import Sequence, TypeVar

T = TypeVar("T")


def first(xs: Sequence[T]) -> T:
    return xs[0]
