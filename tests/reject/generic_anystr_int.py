# expect: error[type] 10:7
from typing import AnyStr


def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b


print(concat("a", "b"))
print(concat(1, 2))
