from typing import Optional, Type
from types import TracebackType

class CM:
    def __init__(self, fail: bool) -> None:
        self.fail = fail
    def __enter__(self) -> "CM":
        if self.fail:
            raise KeyError("from enter")
        return self
    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> bool:
        print("exit")
        return False

def f() -> None:
    x = 0
    with (CM(False) as a,
          CM(True) as b):
        print("body")
    print("after")

f()
