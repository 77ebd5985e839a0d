# Abstract collection parameters (Sequence, Mapping, Collection, Iterable,
# MutableSequence, AbstractSet) take every matching container.
from collections.abc import Collection, Iterable, Mapping, MutableSequence, Sequence
from typing import AbstractSet, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


def middle(xs: Sequence[T]) -> T:
    return xs[len(xs) // 2]


def reverse_copy(xs: Sequence[T]) -> list[T]:
    return [xs[i] for i in range(len(xs) - 1, -1, -1)]


def total(xs: Iterable[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def count(c: Collection[str]) -> int:
    return len(c)


def lookup(m: Mapping[str, V], key: str, default: Optional[V] = None) -> Optional[V]:
    if key in m:
        return m[key]
    return default


def grow(xs: MutableSequence[int], n: int) -> None:
    for i in range(n):
        xs.append(i)


def common(a: AbstractSet[T], b: AbstractSet[T]) -> list[T]:
    return sorted(a & b)


def group(items: Iterable[tuple[K, V]]) -> dict[K, list[V]]:
    out: dict[K, list[V]] = {}
    for k, v in items:
        out.setdefault(k, []).append(v)
    return out


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


def main() -> None:
    print(middle([1, 2, 3]), middle("abcde"), middle((1.5, 2.5)), middle(range(10, 20)))
    print(middle([Point(1, 2), Point(3, 4)]))
    print(reverse_copy("abc"), reverse_copy((1, 2, 3)), reverse_copy(range(3)))
    print(total([1, 2]), total((3, 4)), total({5, 6}), total(range(4)), total({7: "a"}))
    print(total(x for x in range(5)), total(map(abs, [-1, -2])))
    print(count(["a", "b"]), count({"x", "y", "z"}), count({"k": 1}), count("four"))
    ages = {"ada": 36, "alan": 41}
    print(lookup(ages, "ada"), lookup(ages, "bob"), lookup(ages, "bob", 0))
    print(lookup({"p": Point(0, 0)}, "p"))
    xs = [9]
    grow(xs, 3)
    print(xs)
    print(common({1, 2, 3}, {2, 3, 4}), common({"a"}, {"b"}))
    print(group([("a", 1), ("b", 2), ("a", 3)]))


main()
