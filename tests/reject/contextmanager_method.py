# expect: error[unsupported] 7:6
from contextlib import contextmanager
from typing import Iterator


class C:
    @contextmanager
    def cm(self) -> Iterator[int]:
        yield 1
