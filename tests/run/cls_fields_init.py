# Class fields declared by class-level annotations and by assignments in __init__; methods reading and updating them.


class Counter:
    name: str
    count: int
    step: int

    def __init__(self, name: str, step: int) -> None:
        self.name = name
        self.count = 0
        self.step = step

    def tick(self) -> int:
        self.count += self.step
        return self.count

    def reset(self) -> None:
        self.count = 0

    def describe(self) -> str:
        return self.name + "=" + str(self.count) + " (step " + str(self.step) + ")"


class Rect:
    def __init__(self, w: int, h: int, label: str = "rect") -> None:
        self.w = w
        self.h = h
        self.label = label
        self.history: list[str] = []
        self.scale = 1.0

    def area(self) -> int:
        return self.w * self.h

    def perimeter(self) -> int:
        return 2 * (self.w + self.h)

    def grow(self, dw: int, dh: int) -> None:
        self.history.append(f"{self.w}x{self.h}")
        self.w += dw
        self.h += dh
        self.scale *= 1.5


def main() -> None:
    c = Counter("clicks", 3)
    print(c.name, c.count, c.step)
    for _ in range(4):
        print("tick ->", c.tick())
    print(c.describe())
    c.reset()
    print(c.describe(), c.count == 0)
    c.step = 10
    c.tick()
    print(c.describe())
    r = Rect(3, 4)
    print(r.label, r.w, r.h, r.area(), r.perimeter(), r.history, r.scale)
    r.grow(1, 2)
    r.grow(0, -3)
    print(r.w, r.h, r.area(), r.perimeter(), r.history, r.scale)
    sq = Rect(5, 5, "square")
    sq.label = sq.label.upper()
    print(sq.label, sq.area(), len(sq.history))
    r2 = Rect(h=7, w=2, label="kw")
    print(r2.label, r2.w, r2.h, r2.area())
    total = 0
    for rr in [r, sq, r2]:
        total += rr.area()
    print("total area", total)


if __name__ == "__main__":
    main()
