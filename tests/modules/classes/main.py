from geometry import Point, Shape
import geometry
import errors
from errors import AppError


class Circle(geometry.Shape):
    def __init__(self, center: Point, r: float) -> None:
        super().__init__("circle")
        self.center = center
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


shapes: list[Shape] = [Circle(Point(1, 2), 2.0), geometry.Square(Point(0, 0), 3.0)]
for s in shapes:
    print(s.name, s.area(), isinstance(s, Circle), isinstance(s, geometry.Square))
p = geometry.Point(3, 4)
print(p, p.norm2(), geometry.origin())
try:
    errors.check(-1)
except AppError as e:
    print("caught", e, e.code)
try:
    errors.check(200)
except errors.TooBig as e:
    print("too big:", e)
except AppError:
    print("not reached")
errors.check(500)
