from typing import Optional, Type
from types import TracebackType

class CM:
    def __init__(self, fail: bool) -> None:
        self.fail = fail
    def __enter__(self) -> "CM":
        return self
    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> bool:
        if self.fail:
            raise KeyError("from exit")
        return False

def f() -> None:
    x = 0
    with CM(False) as a, CM(True) as b:
        print("body")
        x = 1
    print("after")

f()
