# A @contextmanager generator that finishes without yielding.
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def empty(n: int) -> Iterator[int]:
    for i in range(n):
        yield i


with empty(1) as a:
    print("got", a)
with empty(0) as b:
    print("never", b)
