# Abstract base classes: abstract methods and properties, subclasses that
# implement them, and CPython's TypeError when instantiating a class that
# still has abstract methods (one or several).
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float:
        """The length of the outline."""
        ...

    @property
    @abstractmethod
    def sides(self) -> int:
        pass

    def describe(self) -> str:
        return f"{self.name}: area {self.area():.2f}, perimeter {self.perimeter():.2f}, {self.sides} sides"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r

    def perimeter(self) -> float:
        return 2.0 * math.pi * self.r

    @property
    def sides(self) -> int:
        return 0


class Polygon(Shape):
    @abstractmethod
    def side_lengths(self) -> list[float]: ...

    def perimeter(self) -> float:
        return sum(self.side_lengths())

    @property
    def sides(self) -> int:
        return len(self.side_lengths())


class Rect(Polygon):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def side_lengths(self) -> list[float]:
        return [self.w, self.h, self.w, self.h]


class Logger(ABC):
    @abstractmethod
    def log(self, msg: str) -> None:
        pass


class Printer(Logger):
    def log(self, msg: str) -> None:
        print("log:", msg)


shapes: list[Shape] = [Circle(1.0), Rect(2.0, 3.0)]
for s in shapes:
    print(s.describe())
Printer().log("hello")
print(isinstance(shapes[1], Polygon), isinstance(shapes[0], Polygon))
for attempt in range(3):
    try:
        if attempt == 0:
            Shape("x")
        elif attempt == 1:
            Polygon("p")
        else:
            Logger()
    except TypeError as e:
        print("TypeError:", e)


def make() -> Polygon:
    return Polygon("late")


make()
