from typing import Optional, Type
from types import TracebackType

class CM:
    def __enter__(self) -> "CM":
        return self
    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> bool:
        raise KeyError("x")

def f() -> int:
    for i in range(3):
        with CM() as a:
            return 1 + 2
    return 0

f()
