# expect: error[name] 5:2
import math


@cache
def f(x: int) -> int:
    return x


print(f(1))
