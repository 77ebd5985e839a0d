# expect: error[unsupported] 23:9
from typing import Callable


def twice(f: Callable[["A"], int]) -> Callable[["A"], int]:
    def w(self: "A") -> int:
        return 2 * f(self)
    return w


class A:
    @twice
    def value(self) -> int:
        return 1


class B(A):
    def value(self) -> int:
        return 5


a: A = B()
print(a.value())
