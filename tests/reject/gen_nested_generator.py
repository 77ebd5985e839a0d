# expect: error[unsupported] 6:9
from typing import Iterator


def outer(n: int) -> list[int]:
    def inner() -> Iterator[int]:
        for i in range(n):
            yield i * 2
    return list(inner())
