# Ends with ValueError from int(float('nan')).
import math

values = (2.5, -2.5, math.inf - math.inf)
a, b, c = values
print(int(a), int(b))
print("c is nan:", math.isnan(c))
print(int(c))
print("not reached")
