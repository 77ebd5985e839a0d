# Ends with ValueError: math domain error from math.log(0).
import math

x = 1000.0
while True:
    print("log10-ish of", x, "=", math.log(x) / math.log(10))
    x = x / 10 if x > 1e-3 else 0.0
