from typing import Protocol, runtime_checkable


class Shape(Protocol):
    name: str

    def area(self) -> float: ...

    def scaled(self, k: float) -> float:
        ...

    @property
    def sides(self) -> int: ...


class Square:
    def __init__(self, s: float) -> None:
        self.s = s
        self.name = "square"

    def area(self) -> float:
        return self.s * self.s

    def scaled(self, k: float) -> float:
        return self.area() * k * k

    @property
    def sides(self) -> int:
        return 4


class Tri:
    name: str = "triangle"

    def __init__(self, b: float, h: float) -> None:
        self.b = b
        self.h = h

    def area(self) -> float:
        return self.b * self.h / 2.0

    def scaled(self, k: float) -> float:
        return self.area() * k

    @property
    def sides(self) -> int:
        return 3


class Big(Square):
    def area(self) -> float:
        return 1000.0 + self.s


def describe(s: Shape) -> str:
    return f"{s.name}: area={s.area():.2f} sides={s.sides} x2={s.scaled(2.0)}"


def total(a: Shape, b: Shape) -> float:
    return a.area() + b.area()


print(describe(Square(3.0)))
print(describe(Tri(4.0, 5.0)))
print(describe(Big(1.0)))
print(total(Square(1.0), Tri(2.0, 2.0)))
print(total(b=Square(2.0), a=Square(1.0)))
sq: Square = Big(2.0)
print(describe(sq))
print(type(sq).__name__)
