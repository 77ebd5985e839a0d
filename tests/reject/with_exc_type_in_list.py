# expect: error[unsupported] 12:14
from typing import Optional, Type
from types import TracebackType


class CM:
    def __enter__(self) -> None:
        return None

    def __exit__(self, t: Optional[Type[BaseException]], e: Optional[BaseException],
                 tb: Optional[TracebackType]) -> None:
        xs = [t]
        print(len(xs))


with CM():
    pass
