from typing import Optional, Type
from types import TracebackType


class Tracker:
    def __init__(self, label: str) -> None:
        self.label = label

    def __enter__(self) -> "Tracker":
        print("enter", self.label)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        print("exit", self.label, exc_type, repr(exc), tb is not None)


def work(xs: list[int]) -> int:
    total = 0
    with Tracker("outer") as t:
        with Tracker("inner"):
            for x in xs:
                total += 10 // x
    return total


print(work([1, 2, 5]))
print(work([1, 0, 5]))
