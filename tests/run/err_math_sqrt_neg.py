# Ends with ValueError: math domain error from math.sqrt(-1).
import math


def root(x: float) -> float:
    return math.sqrt(x)


for i in range(3, -3, -1):
    print("sqrt(", i, ") =", root(float(i)))
print("not reached")
