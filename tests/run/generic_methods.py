from typing import TypeVar, Sequence, Iterable, Optional

T = TypeVar("T")


class Base:
    def n(self) -> int:
        return 1


class Sub(Base):
    def n(self) -> int:
        return 2


class Shelf:
    def __init__(self, name: str) -> None:
        self.name = name
        self.count = 0

    def first(self, xs: Sequence[T]) -> T:
        self.count += 1
        return xs[0]

    def total(self, xs: Iterable[Base]) -> int:
        return sum(x.n() for x in xs)

    def pick(self, xs: list[T], i: int = 0) -> Optional[T]:
        if i < len(xs):
            return xs[i]
        return None

    def twice(self) -> int:
        return self.first([3, 4]) * 2


class Wide(Shelf):
    pass


s = Shelf("a")
print(s.first([1, 2]), s.first("xyz"), s.first((2.5, 1.0)), s.count)
print(s.total([Sub(), Base(), Sub()]), s.total((Base(),)), s.total(x for x in [Sub()]))
print(s.pick(["p", "q"], 1), s.pick([1], 3), s.twice())
w = Wide("w")
print(w.first([7]), w.count, w.name)
print(Shelf("b").first([]))
