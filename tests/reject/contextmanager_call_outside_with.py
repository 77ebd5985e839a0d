# expect: error[unsupported] 10:5
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def cm() -> Iterator[int]:
    yield 1

c = cm()
