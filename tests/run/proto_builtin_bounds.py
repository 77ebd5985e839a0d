from typing import Protocol, TypeVar, Sequence, SupportsAbs, SupportsIndex


class SupportsLessThan(Protocol):
    def __lt__(self, other: "SupportsLessThan") -> bool: ...


class Sized2(Protocol):
    def __len__(self) -> int: ...


T = TypeVar("T", bound=SupportsLessThan)


def biggest(xs: Sequence[T]) -> T:
    best = xs[0]
    for x in xs:
        if best < x:
            best = x
    return best


def smaller(a: T, b: T) -> T:
    return a if a < b else b


def size(x: Sized2) -> int:
    return len(x)


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __lt__(self, other: "Money") -> bool:
        return self.cents < other.cents

    def __repr__(self) -> str:
        return f"Money({self.cents})"


class Bag:
    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n


print(biggest([3, 9, 2]))
print(biggest(["pear", "apple", "zoo"]))
print(biggest((1.5, -2.0)))
print(biggest([Money(5), Money(12), Money(7)]))
print(smaller(4, 2), smaller("b", "a"), smaller(Money(1), Money(2)))
print(size("hello"), size([1, 2]), size({"a": 1}), size(Bag(7)), size(range(4)))


def magnitude(x: SupportsAbs[float]) -> float:
    return abs(x)


def pick(xs: list[str], i: SupportsIndex) -> str:
    return xs[i]


print(magnitude(-2.5), magnitude(3.0))
print(pick(["a", "b", "c"], 2), pick(["a", "b"], True))
