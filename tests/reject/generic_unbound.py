# expect: error[type] 9:7
from typing import TypeVar

T = TypeVar("T")


def make() -> list[T]:
    return []
print(make())
