# A class constant (annotated or not) is a candidate too, also when it is
# declared by a base class. 'SIDES' is too far from 'sides' (five case
# flips).
class Shape:
    SIDES: int = 0
    palette = "red"

    def __init__(self, n: int) -> None:
        if n > 0:
            self.sides = n
            self.corner = n


class Square(Shape):
    corners = 4


s = Square(0)
print(Square.corners, s.palette)
try:
    print(s.sides)
except AttributeError as e:
    print("caught:", e)
s.sides = 4
print(s.sides)
del s.sides
try:
    print(s.sides + Shape.SIDES)
except AttributeError:
    print(s.corner)
