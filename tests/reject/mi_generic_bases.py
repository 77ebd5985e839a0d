# expect: error[unsupported] 17:30
from typing import Generic, TypeVar

T = TypeVar("T")


class Named:
    def name(self) -> str:
        return "n"


class Sized:
    def size(self) -> int:
        return 0


class Box(Generic[T], Named, Sized):
    def __init__(self, v: T) -> None:
        self.v = v


b: Box[int] = Box(3)
print(b.v, b.name())
