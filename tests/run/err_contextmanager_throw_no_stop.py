# The generator swallows the body's exception but yields again.
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def stubborn() -> Iterator[int]:
    try:
        yield 1
    except ZeroDivisionError:
        print("swallowed")
    yield 2


with stubborn() as x:
    print(x // 0)
