# expect: error[unsupported] 4:30
from typing import Callable

handlers: dict[str, Callable[..., int]] = {}


def inc(v: int) -> int:
    return v + 1


handlers["inc"] = inc
print(handlers["inc"](1))
