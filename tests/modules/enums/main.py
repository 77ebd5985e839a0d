# Enums and named tuples defined in one module and used from another.
import colors
from colors import Color, Level, Pt, Pair, pick
from enum import Enum


class Shade(Enum):
    DARK = "d"


print(Color.RED, pick(2), colors.Color.GREEN, list(Color), Level.HIGH + 1, Shade.DARK)
print(Pt(1, 2), Pair(3, 4), Pt(1, 2) == (1, 2), colors.Color["RED"])
for c in colors.Color:
    print(repr(c))
