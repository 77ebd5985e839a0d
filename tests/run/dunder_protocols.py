# Container and iteration protocols: __iter__ as a generator and
# returning an iterator class, iter()/next() on objects, __reversed__,
# __setitem__/__delitem__, __ne__ derived from __eq__, reflected
# orderings, __bool__ falling back to __len__, inherited and overridden.
from typing import Iterator


class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def __iter__(self) -> "Countdown":
        return self


class Bag:
    def __init__(self, *items: int) -> None:
        self.items = list(items)
        self.extra: dict[int, int] = {}

    def __iter__(self) -> Iterator[int]:
        for x in self.items:
            yield x

    def __reversed__(self) -> Iterator[int]:
        i = len(self.items)
        while i > 0:
            i -= 1
            yield self.items[i]

    def __len__(self) -> int:
        return len(self.items)

    def __setitem__(self, k: int, v: int) -> None:
        self.extra[k] = v

    def __getitem__(self, k: int) -> int:
        return self.extra.get(k, -1)

    def __delitem__(self, k: int) -> None:
        print("del", k)
        del self.extra[k]

    def __eq__(self, o: object) -> bool:
        return isinstance(o, Bag) and o.items == self.items

    __hash__ = None  # type: ignore[assignment]


class Evens(Bag):
    def __iter__(self) -> Iterator[int]:
        for x in self.items:
            if x % 2 == 0:
                yield x

    def __reversed__(self) -> Iterator[int]:
        yield from Countdown(3)


class Range3:
    def __iter__(self) -> Countdown:
        return Countdown(3)

    def __reversed__(self) -> Countdown:
        return Countdown(2)


class Ver:
    def __init__(self, major: int, minor: int) -> None:
        self.t = (major, minor)

    def __lt__(self, o: "Ver") -> bool:
        return self.t < o.t

    def __le__(self, o: "Ver") -> bool:
        return self.t <= o.t


b = Bag(1, 2, 3, 4)
print(list(b), list(reversed(b)), sum(b), len(b), bool(b), bool(Bag()))
for x in reversed(b):
    print(x, end=" ")
print()
bags: list[Bag] = [Bag(1, 2, 3, 4), Evens(1, 2, 3, 4)]
for bb in bags:
    print([x for x in bb], [x for x in reversed(bb)], max(bb))
print(list(Range3()), list(reversed(Range3())), [x * 2 for x in Range3()])
it = iter(Range3())
print(next(it), next(it), list(it))
cd = Countdown(2)
print(next(cd), next(cd))
try:
    next(cd)
except StopIteration:
    print("stopped")
b[5] = 50
b[6] = 60
b[5] += 1
del b[6]
print(b.extra, b[5], b[6])
print(b == Bag(1, 2, 3, 4), b != Bag(1, 2, 3, 4), b != Bag(), Bag() != b)
v1, v2 = Ver(1, 2), Ver(1, 10)
print(v1 < v2, v1 > v2, v2 > v1, v1 <= v2, v1 >= v2, v2 >= v1)
print(sorted([Ver(2, 0), v2, v1])[0].t, max([v1, v2]).t)
