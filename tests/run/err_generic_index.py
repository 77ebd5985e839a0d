# An exception inside an instance of a generic function shows the
# function's own frame.
from typing import Sequence, TypeVar

T = TypeVar("T")


def first(xs: Sequence[T]) -> T:
    return xs[0]


def describe(xs: Sequence[T]) -> str:
    return f"first is {first(xs)}"


print(describe("xyz"))
print(describe([1.5]))
print(describe([]))
