from typing import AnyStr, TypeVar, Iterator, Container, MutableMapping, MutableSequence

N = TypeVar("N", int, float)


def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b


def double(x: N) -> N:
    return x + x


def count() -> Iterator[int]:
    yield 1
    yield 5


def total(it: Iterator[int]) -> int:
    s = 0
    for x in it:
        s += x
    return s


def has(c: Container[int], x: int) -> bool:
    return x in c


def put(m: MutableMapping[str, int], k: str) -> None:
    m[k] = len(m)


def grow(s: MutableSequence[str]) -> None:
    s.append("z")


print(concat("ab", "cd"))
print(double(4), double(1.5))
print(total(count()))
print(total(x * 2 for x in range(4)))
print(has([1, 2], 2), has({1, 2}, 3), has({1: 2}, 1), has(range(3), 2), has((1, 2), 5))
d: dict[str, int] = {}
put(d, "a")
put(d, "b")
print(d)
names = ["x"]
grow(names)
print(names)
