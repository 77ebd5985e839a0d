# Ends with ValueError from math.factorial(-1).
import math

for n in range(3, -3, -1):
    print(str(n) + "! =", math.factorial(n))
print("not reached")
