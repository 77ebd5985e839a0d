# expect: error[unsupported] 7:7
# Methods of built-in values held as Any other than append/get.
from typing import Any


def f(x: Any) -> None:
    x.pop()
