# Ends with an uncaught dataclasses.FrozenInstanceError from assigning to a field of a frozen dataclass.
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def shifted(self, dx: int) -> "Point":
        return Point(self.x + dx, self.y)


def main() -> None:
    p = Point(1, 2)
    q = p.shifted(5)
    print(p, q, p == q, q == Point(6, 2))
    print({p, q, Point(1, 2)} == {q, p})
    q.y = 0
    print("not reached")


if __name__ == "__main__":
    main()
