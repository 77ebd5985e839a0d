from enum import Enum, IntEnum, StrEnum, auto, unique
import enum
from typing import Optional


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self) -> str:
        return f"{self.name} is {self.value}"

    @property
    def warm(self) -> bool:
        return self is Color.RED

    @classmethod
    def default(cls) -> "Color":
        return Color.GREEN


@unique
class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"


class Planet(enum.Enum):
    MERCURY = "m"
    VENUS = "v"


def paint(c: Color, n: int) -> str:
    return c.name * n


def maybe(c: Optional[Color]) -> str:
    if c is None:
        return "none"
    return str(c)


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color.CRIMSON is Color.RED, Color.CRIMSON, Color.RED == Color.GREEN, Color.RED != Color.BLUE)
print(Color(2), Color["BLUE"], Color["CRIMSON"])
print(list(Color), len(Color))
for c in Color:
    print(c, c.describe(), c.warm)
print(Color.GREEN in Color, Color.default())
d: dict[Color, int] = {Color.RED: 1, Color.GREEN: 2}
d[Color.BLUE] = 3
print(d, d[Color.CRIMSON])
s = {Color.RED, Color.RED, Color.BLUE}
print(len(s), Color.RED in s, Color.GREEN in s)
print(f"{Color.RED}|{Color.GREEN!r}|{Color.BLUE:>12}|{Color.BLUE:<12}|")
print(paint(Color.BLUE, 2), maybe(None), maybe(Color.RED))
print(Level.LOW, repr(Level.HIGH), Level.MID + 1, Level.HIGH * 2, Level.LOW < Level.HIGH, Level.MID == 2, 2 == Level.MID)
print([10, 20, 30, 40][Level.HIGH], int(Level.MID), f"{Level.HIGH:03d}", f"{Level.LOW}", -Level.MID)
print(sorted([Level.HIGH, Level.LOW, Level.MID]), Level(3), Level.LOW in [1, 5])
print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.SQUARE, f"[{Shape.SQUARE:>5}]", Shape("circle"), Shape.CIRCLE == "circle")
print(Planet.VENUS, Planet("m"), [p.value for p in Planet])
print(isinstance(Color.RED, Color), isinstance(Level.LOW, int), isinstance(Shape.SQUARE, str))
print(str(Color.RED), repr(Level.MID), [Color.RED], [Level.LOW], [Shape.SQUARE])
print(max(Level), min([Level.MID, Level.HIGH]), sum([Level.LOW.value, Level.HIGH.value]))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Shape("tri")
except ValueError as e:
    print(e)
print(bool(Level.LOW), bool(Color.RED))
