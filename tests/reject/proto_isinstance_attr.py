# expect: error[unsupported] 15:23
from typing import Protocol, runtime_checkable


@runtime_checkable
class Named(Protocol):
    name: str


class A:
    def __init__(self) -> None:
        self.name = "a"


print(isinstance(A(), Named))
