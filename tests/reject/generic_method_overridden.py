# expect: error[unsupported] 18:9
from typing import Sequence, TypeVar

T = TypeVar("T")


class A:
    def first(self, xs: Sequence[T]) -> T:
        return xs[0]


class B(A):
    def first(self, xs: Sequence[T]) -> T:
        return xs[-1]


a: A = B()
print(a.first([1, 2]))
