# The generator raises before its first yield.
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def opener(path: str) -> Iterator[str]:
    if not path:
        raise ValueError("empty path")
    yield path


try:
    with opener("") as p:
        print(p)
except ValueError as e:
    print("caught", e)
with opener("x") as p:
    print(p)
with opener("") as p:
    print(p)
