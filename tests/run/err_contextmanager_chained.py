# The generator turns the body's exception into another one: chained, with
# contextlib's frame and the generator's `yield` line on the first one.
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def convert() -> Iterator[int]:
    try:
        yield 1
    except ValueError as e:
        raise KeyError("converted " + str(e))


def work(n: int) -> int:
    with convert() as x:
        if n > 0:
            raise ValueError("n=" + str(n))
    return x


print(work(0))
print(work(3))
