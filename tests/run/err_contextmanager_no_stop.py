# A @contextmanager generator that yields twice: the normal exit raises,
# after closing the generator (its `finally` runs).
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def twice() -> Iterator[int]:
    try:
        yield 1
        yield 2
    finally:
        print("closed")


def run() -> None:
    with twice() as x:
        print("body", x)


run()
