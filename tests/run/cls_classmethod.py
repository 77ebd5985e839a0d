# @classmethod alternate constructors that call cls(...), used alongside the regular constructor.


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    @classmethod
    def origin(cls) -> "Point":
        return cls(0, 0)

    @classmethod
    def from_string(cls, text: str) -> "Point":
        parts = text.strip().strip("()").split(",")
        return cls(int(parts[0]), int(parts[1]))

    @classmethod
    def diagonal(cls, n: int) -> list["Point"]:
        return [cls(i, i) for i in range(n)]

    def dist1(self, other: "Point") -> int:
        return abs(self.x - other.x) + abs(self.y - other.y)

    def show(self) -> str:
        return f"({self.x}, {self.y})"


class Date:
    DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

    def __init__(self, year: int, month: int, day: int) -> None:
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def parse(cls, s: str) -> "Date":
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))

    @classmethod
    def new_year(cls, year: int) -> "Date":
        return cls(year, 1, 1)

    def day_of_year(self) -> int:
        return sum(Date.DAYS[:self.month - 1]) + self.day

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def main() -> None:
    o = Point.origin()
    p = Point.from_string("(3,4)")
    q = Point.from_string(" (-2,7) ")
    print(o.show(), p.show(), q.show())
    print(o.dist1(p), p.dist1(q), q.dist1(o))
    diag = Point.diagonal(4)
    print([d.show() for d in diag])
    print(sum([d.dist1(o) for d in diag]))
    r = p.origin()
    print(r.show(), r.x == 0)
    for s in ["2024-03-15", "1999-12-31", "2000-1-2"]:
        d = Date.parse(s)
        print(s, "->", d.iso(), d.day_of_year())
    ny = Date.new_year(2025)
    print(ny.iso(), ny.day_of_year(), Date(2025, 2, 28).day_of_year())


if __name__ == "__main__":
    main()
