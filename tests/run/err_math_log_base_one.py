# Ends with ZeroDivisionError from math.log(64, 1) (log of the base is 0).
import math

for b in range(4, 0, -1):
    print("log(64, ", b, ") =", math.log(64, b))
print("not reached")
