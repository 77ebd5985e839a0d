# expect: error[unsupported] 15:12
# The runtime's dynamic operators do not call special methods.
from typing import Any


class V:
    def __init__(self, n: int) -> None:
        self.n = n

    def __add__(self, o: "V") -> "V":
        return V(self.n + o.n)


def add(a: Any, b: Any) -> Any:
    return a + b
