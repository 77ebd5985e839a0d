class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def norm2(self) -> int:
        return self.x * self.x + self.y * self.y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, corner: Point, side: float) -> None:
        super().__init__("square")
        self.corner = corner
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def origin() -> Point:
    return Point(0, 0)
