# expect: error[syntax] 5:11
from typing import Iterator

def f() -> Iterator[int]:
    g = ((yield 1) for x in [1])
    yield 2
