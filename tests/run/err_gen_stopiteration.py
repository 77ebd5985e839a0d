from typing import Iterator


def inner() -> Iterator[int]:
    yield 1


def leaky() -> Iterator[int]:
    it = inner()
    while True:
        yield next(it) * 10


print(list(leaky()))
