# The generator sees the body's exception (finally, except + raise) and
# lets it propagate: the traceback is the body's own, as contextlib
# restores it.
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def watch(name: str) -> Iterator[str]:
    print("start", name)
    try:
        yield name
    except IndexError:
        print("saw IndexError in", name)
        raise
    finally:
        print("stop", name)


def inner(xs: list[int]) -> int:
    with watch("inner") as n:
        return xs[len(n)]
    return -1


def outer() -> int:
    with watch("outer"):
        return inner([1, 2])
    return -2


try:
    outer()
except IndexError as e:
    print("caught", e)
print(outer())
