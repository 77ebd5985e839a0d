# Ends with OverflowError from math.floor(-inf).
import math

x = -2.5
while True:
    print("floor(", x, ") =", math.floor(x), "ceil =", math.ceil(x))
    x = x * 1e18 if x > -10 else x * 1e308
