# Single inheritance with overridden methods; dynamic dispatch over a list[Shape] holding several subclasses.
import math


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def perimeter(self) -> float:
        return 0.0

    def kind(self) -> str:
        return "shape"

    def summary(self) -> str:
        return f"{self.kind()} {self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, name: str, r: float) -> None:
        self.name = name
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r

    def perimeter(self) -> float:
        return 2.0 * math.pi * self.r

    def kind(self) -> str:
        return "circle"


class Rect(Shape):
    def __init__(self, name: str, w: float, h: float) -> None:
        self.name = name
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2.0 * (self.w + self.h)

    def kind(self) -> str:
        return "rect"


class Triangle(Shape):
    def __init__(self, name: str, a: float, b: float, c: float) -> None:
        self.name = name
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self) -> float:
        return self.a + self.b + self.c

    def area(self) -> float:
        s = self.perimeter() / 2.0
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))


def total_area(shapes: list[Shape]) -> float:
    total = 0.0
    for s in shapes:
        total += s.area()
    return total


def main() -> None:
    shapes: list[Shape] = [Circle("c1", 1.0), Rect("r1", 2.0, 3.0), Triangle("t1", 3.0, 4.0, 5.0), Shape("blank"), Rect("sq", 2.5, 2.5)]
    for s in shapes:
        print(s.summary())
    print(f"total {total_area(shapes):.4f}")
    by_area = sorted(shapes, key=lambda s: s.area())
    print([s.name for s in by_area])
    print([s.kind() for s in shapes])
    print(max(shapes, key=lambda s: s.perimeter()).name)
    shapes.append(Circle("c2", 0.5))
    print(len(shapes), round(total_area(shapes), 3))
    print({s.kind(): s.name for s in shapes})


if __name__ == "__main__":
    main()
