# expect: error[unsupported] 7:12
# Identity of boxed values is not CPython's.
from typing import Any


def same(a: Any, b: Any) -> bool:
    return a is b
