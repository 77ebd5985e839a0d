# Generic functions taking function values: the types of a lambda's
# parameters and of a builtin passed by name come from the other
# arguments, and what they return binds the rest.
from typing import Callable, Iterable, Sequence, TypeVar

T = TypeVar("T")
U = TypeVar("U")
def mapped(f: Callable[[T], U], xs: Iterable[T]) -> list[U]:
    return [f(x) for x in xs]


def show(x: int) -> str:
    return f"<{x}>"


def count_if(xs: Sequence[T], pred: Callable[[T], bool]) -> int:
    n = 0
    for x in xs:
        if pred(x):
            n += 1
    return n


print(mapped(show, [1, 2]), mapped(len, ["ab", "c"]), mapped(str, range(3)))
print(count_if([1, 5, 8], lambda v: v > 3), count_if("banana", lambda c: c == "a"))
print(mapped(show, (x * x for x in range(3))))
print(mapped(lambda v: v * 1.5, [1, 2]), mapped(lambda s: len(s) > 1, ["a", "bb"]))
