# expect: error[unsupported] 9:5
from typing import TypeVar

T = TypeVar("T")


def ident(x: T) -> T:
    return x
f = ident
print(f(1))
