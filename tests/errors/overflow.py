# OverflowError from the math module, after a partial line.
import math


def grow(x: float) -> float:
    return math.exp(x)


for x in [1.0, 10.0, 100.0]:
    print(round(grow(x), 3))
print("now", end="")
print(grow(1000.0))
