# expect: error[type] 6:12
import math


def name_of(x: float) -> str:
    return math.sqrt(x)


print(name_of(4.0))
