# A StopIteration raised in the body passes through the generator (which
# turns it into RuntimeError internally) and is re-raised as itself.
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def plain() -> Iterator[int]:
    yield 7


def one() -> Iterator[int]:
    yield 1


def body() -> None:
    it = one()
    with plain() as x:
        print(x, next(it))
        print(next(it))


body()
