# Nested dataclasses: dataclass fields holding dataclasses and lists of them; repr and == recurse.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Segment:
    start: Point
    end: Point

    def length2(self) -> int:
        dx = self.end.x - self.start.x
        dy = self.end.y - self.start.y
        return dx * dx + dy * dy


@dataclass
class Path:
    name: str
    segments: list[Segment] = field(default_factory=list)

    def extend(self, p: Point) -> None:
        last = self.segments[-1].end if self.segments else Point(0, 0)
        self.segments.append(Segment(last, p))


def main() -> None:
    s = Segment(Point(0, 0), Point(3, 4))
    print(s)
    print(s.length2(), s.start, s.end.y)
    t = Segment(Point(0, 0), Point(3, 4))
    print(s == t, s == Segment(Point(0, 0), Point(4, 3)))
    t.end.x = 6
    print(t, s == t, t.length2())
    path = Path("walk")
    print(path)
    for x, y in [(1, 0), (1, 2), (4, 6)]:
        path.extend(Point(x, y))
    print(path)
    print(len(path.segments), [seg.length2() for seg in path.segments])
    shared = Point(5, 5)
    twin = Segment(shared, shared)
    shared.y = 9
    print(twin, twin.length2())
    other = Path("walk", [Segment(Point(0, 0), Point(1, 0))])
    print(other == path, other.segments[0] == path.segments[0])
    grid = {"a": Point(1, 1), "b": Point(2, 2)}
    print(grid, [Segment(grid["a"], grid["b"])])


if __name__ == "__main__":
    main()
