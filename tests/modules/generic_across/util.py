from typing import Callable, Optional, Sequence, TypeVar

T = TypeVar("T")
U = TypeVar("U")

SCALE = 10


def first(xs: Sequence[T]) -> T:
    return xs[0]


def scaled(x: int) -> int:
    return x * SCALE


def mapped(xs: list[T], f: Callable[[T], U]) -> list[U]:
    return [f(x) for x in xs]


def pick(xs: list[T], key: Optional[Callable[[T], int]] = None) -> T:
    if key is None:
        return xs[-1]
    else:
        best = xs[0]
        for x in xs:
            if key(x) > key(best):
                best = x
        return best
