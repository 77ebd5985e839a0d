# expect: error[unsupported] 12:13
import contextlib
from typing import Iterator


def outer() -> None:
    @contextlib.contextmanager
    def cm() -> Iterator[int]:
        yield 1

    with cm() as x:
        g = cm
        print(x)
