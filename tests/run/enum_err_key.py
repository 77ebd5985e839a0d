# An uncaught KeyError from a lookup by name.
from enum import StrEnum


class Shape(StrEnum):
    CIRCLE = "c"
    SQUARE = "s"


name = "TRIANGLE"
print(Shape["CIRCLE"])
Shape[name]
