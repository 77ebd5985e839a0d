# Ends with ValueError from math.isqrt(-1).
import math

for n in range(10, -5, -3):
    print("isqrt(", n, ") =", math.isqrt(n))
print("not reached")
