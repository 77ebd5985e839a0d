# Ends with OverflowError: math range error from math.exp(1000).
import math


def grow(x: float) -> float:
    return math.exp(x)


e = 1.0
while e < 2000.0:
    print("exp(", e, ") =", grow(e))
    e *= 10
print("not reached")
