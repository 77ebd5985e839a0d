# expect: error[type] 9:12
from typing import Mapping, TypeVar

K = TypeVar("K")


def keys(m: Mapping[K, int]) -> list[K]:
    return list(m)
print(keys([1, 2]))
