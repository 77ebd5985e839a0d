# The module of `main.py` whose functions overflow the stack in the
# runtime (see `../deep_repr.py`).
from typing import Any


def nest(n: int) -> Any:
    a: Any = []
    for i in range(n):
        a = [a]
    return a


def show(x: Any) -> None:
    print(x)
