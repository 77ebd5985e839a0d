# Default values capture a value when the lambda or def runs (the classic
# fix for closures made in a loop).
from typing import Callable


def late_and_early() -> None:
    late: list[Callable[[], int]] = []
    early: list[Callable[[], int]] = []
    for i in range(4):
        late.append(lambda: i * 10)
        early.append(lambda i=i: i * 10)
    print([f() for f in late], [f() for f in early])


def adders(base: int) -> list[Callable[[int], int]]:
    out: list[Callable[[int], int]] = []
    for k in range(3):
        out.append(lambda x, k=k: x + k + base)
    return out


def with_defaults(n: int) -> int:
    total = 0
    scale = n * 2
    for j in range(3):
        def part(x: int, step: int = j * scale, label: str = "p") -> int:
            return x + step
        total += part(1) + part(1, 100)
    return total


def keyed(words: list[str], suffix: str) -> list[str]:
    return sorted(words, key=lambda w, s=suffix: (w + s)[::-1])


late_and_early()
print([f(1) for f in adders(100)])
print(with_defaults(5))
print(keyed(["ab", "ba", "cc"], "z"))
counter = 0


def tick(by: int = 1) -> int:
    global counter
    counter += by
    return counter


start = tick()
fs = [lambda s=start: s, lambda: counter]
tick(5)
print([f() for f in fs])
