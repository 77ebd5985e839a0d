# expect: error[unsupported] 6:2
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def cm() -> Iterator[int]:
    return iter([1])
