# Generic functions (TypeVar, abstract collection parameters) called
# directly: one instance per binding of their type parameters.
from typing import TypeVar, Sequence, Mapping, Iterable, Optional, Callable
from collections.abc import Collection

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)


def first(xs: Sequence[T]) -> T:
    return xs[0]


def last(xs: list[T]) -> Optional[T]:
    return xs[-1] if xs else None


def total(xs: Iterable[N], start: N) -> N:
    s = start
    for x in xs:
        s = s + x
    return s


def invert(d: Mapping[K, V]) -> dict[V, K]:
    out: dict[V, K] = {}
    for k, v in d.items():
        out[v] = k
    return out


def size(c: Collection[T]) -> int:
    return len(c)


def apply(f: Callable[[T], T], x: T, times: int = 2) -> T:
    for _ in range(times):
        x = f(x)
    return x


def pairs(a: list[K], b: list[V]) -> list[tuple[K, V]]:
    return [(a[i], b[i]) for i in range(min(len(a), len(b)))]


def largest(xs: Sequence[T], key: Callable[[T], int]) -> T:
    best = xs[0]
    for x in xs:
        if key(x) > key(best):
            best = x
    return best


def rec_len(xs: list[T]) -> int:
    if not xs:
        return 0
    return 1 + rec_len(xs[1:])


def double(x: int) -> int:
    return x * 2


print(first([1, 2, 3]), first("abc"), first((1.5, 2.5)), first(range(5, 9)))
print(last([1, 2]), last(["a"]), last([]))
print(total([1, 2, 3], 0), total([1.5, 2.5], 0.5), total((x for x in range(4)), 10))
print(invert({"a": 1, "b": 2}))
print(size([1, 2]), size({"x": 1}), size("hello"), size({1, 2, 3}))
print(apply(double, 3), apply(lambda s: s + "!", "hi", times=3))
print(pairs([1, 2, 3], ["a", "b"]))
print(largest(["aa", "b", "cccc"], len), largest([3, -9, 4], abs))
print(rec_len([1, 2, 3]), rec_len(["x"]))
