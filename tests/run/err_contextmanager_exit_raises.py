# The generator raises after its yield on a normal exit.
from contextlib import contextmanager
from typing import Iterator, List


@contextmanager
def checked(limit: int) -> Iterator[List[int]]:
    items: List[int] = []
    yield items
    if len(items) > limit:
        raise OverflowError("too many items: " + str(len(items)))
    print("ok", items)


def fill(n: int) -> None:
    with checked(2) as xs:
        for i in range(n):
            xs.append(i)


fill(2)
fill(3)
