from typing import Protocol, Sequence, TypeVar


class Shape(Protocol):
    def area(self) -> float: ...


class Sq:
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Disc:
    def area(self) -> float:
        return 3.0


T = TypeVar("T")


class Tool:
    def __init__(self) -> None:
        self.used = 0

    def use(self, s: Shape) -> float:
        self.used += 1
        return s.area() * 2

    def largest(self, xs: Sequence[T], key_area: bool = False) -> T:
        return xs[-1]


t = Tool()
print(t.use(Sq(1.5)), t.use(Disc()), t.used)
print(t.largest([1, 5]), t.largest(["a", "b"]))
