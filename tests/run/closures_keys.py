# Key functions, map and filter with closures and function values.
from typing import Callable


def by_distance(xs: list[int], k: int) -> list[int]:
    return sorted(xs, key=lambda x: abs(x - k))


def rank(words: list[str], weights: dict[str, int]) -> list[str]:
    words.sort(key=lambda w: (-weights.get(w, 0), w))
    return words


def apply_all(fs: list[Callable[[int], int]], xs: list[int]) -> list[list[int]]:
    return [list(map(f, xs)) for f in fs]


def keep(pred: Callable[[int], bool], xs: list[int]) -> list[int]:
    return list(filter(pred, xs))


def scaled(xs: list[float], factor: float) -> list[float]:
    return list(map(lambda x: x * factor, xs))


def best(xs: list[str], key: Callable[[str], int]) -> str:
    return max(xs, key=key)


def closest(points: list[tuple[int, int]], cx: int, cy: int) -> tuple[int, int]:
    return min(points, key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)


print(by_distance([1, 9, 4, 7, 5, 12], 6))
print(rank(["b", "a", "c", "d"], {"c": 3, "a": 3, "d": 1}))
print(apply_all([lambda x: x + 1, abs], [-2, 3]))
limit = 3
print(keep(lambda x: x > limit, [1, 5, 2, 8, 3]))
print(scaled([1.0, 2.5], 2.0))
print(best(["pear", "fig", "banana"], len))
print(closest([(0, 0), (5, 5), (2, 3)], 3, 3))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
n = 10
print(sum(map(lambda v: v * n, range(4))))
print(any(map(lambda s: s.startswith("x"), ["ab", "xy"])))
try:
    print(sorted([3, 1, 2], key=lambda v: 10 // (v - 2)))
except ZeroDivisionError as e:
    print("caught", e)
