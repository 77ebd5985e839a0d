from typing import Iterator


def boom(n: int) -> Iterator[int]:
    yield n
    raise KeyError(n)


def outer() -> Iterator[int]:
    yield 0
    yield from boom(7)


for v in outer():
    print(v)
