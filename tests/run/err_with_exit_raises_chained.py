from typing import Optional, Type
from types import TracebackType

class CM:
    def __init__(self, name: str, fail: bool) -> None:
        self.name = name
        self.fail = fail

    def __enter__(self) -> "CM":
        print("enter", self.name)
        return self

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> bool:
        print("exit", self.name, exc_type)
        if self.fail:
            raise KeyError("from exit")
        return False


def f() -> None:
    with CM("a", True) as c:
        print("body")
        x = 1
    print("after")

def g() -> None:
    with CM("b", True):
        raise ValueError("body")

try:
    f()
except KeyError as e:
    print("caught", e)
g()
