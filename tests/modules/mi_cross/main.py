# Classes of another module as the bases of a class with several bases.
import shapes
from shapes import Area


class Square(shapes.Named, Area):
    def __init__(self, side: float) -> None:
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def total(xs: list[Area]) -> float:
    return sum(x.area() for x in xs)


s = Square(3.0)
print(s.label(), s.describe(), isinstance(s, shapes.Named), isinstance(s, Area))
print(total([s, Area(), Square(1.5)]))
print(Square.__mro__)
