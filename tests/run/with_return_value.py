# A function whose every path returns inside a `with` whose __exit__
# returns None (it cannot suppress an exception, so the function cannot
# fall off its end).
from contextlib import nullcontext
from types import TracebackType
from typing import Optional


class Timer:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Timer":
        print("start", self.name)
        return self

    def __exit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> None:
        print("stop", self.name, exc_type is not None)


def compute(n: int) -> int:
    with Timer("compute"):
        if n < 0:
            raise ValueError("negative")
        return n * n


def label(n: int) -> str:
    with nullcontext(n) as v:
        return f"<{v}>"


print(compute(7))
print(label(3))
try:
    compute(-1)
except ValueError as e:
    print("caught", e)
