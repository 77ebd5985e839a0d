# An int passed to another module's float parameter stays an int there.
from geom import describe, half, scale

print(half(3), half(3.0), scale(2, 3), scale(2, 0.5))
print(describe(5), describe(5.5))
