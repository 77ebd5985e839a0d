# Fused generators calling methods, yielding Optional values, None and
# floats, iterating a dict the loop body changes (its RuntimeError under
# the generator frame), a return through try/finally from nested fused
# loops.
from typing import Iterator, Optional


class Acc:
    def __init__(self) -> None:
        self.items: list[int] = []

    def add(self, x: int) -> int:
        self.items.append(x)
        return len(self.items)

    def walk(self, n: int) -> int:
        t = 0
        for v in counted(self, n):
            t += v
        return t


def counted(a: Acc, n: int) -> Iterator[int]:
    for i in range(n):
        yield a.add(i)


def maybe(n: int) -> Iterator[Optional[int]]:
    for i in range(n):
        if i % 2:
            yield None
        else:
            yield i


def ticks(n: int) -> Iterator[None]:
    for _ in range(n):
        yield


def keys(d: dict[str, int]) -> Iterator[str]:
    for k in d:
        yield k


def halves(n: int) -> Iterator[float]:
    x = float(n)
    while x > 1:
        yield x
        x /= 2


def search(n: int) -> int:
    try:
        for x in counted(Acc(), n):
            for y in halves(x):
                if y < 1.5:
                    return x
    finally:
        print("search finally")
    return -1


def main() -> None:
    a = Acc()
    print(a.walk(4), a.items)
    print([m for m in maybe(5)])
    c = 0
    for t in ticks(3):
        c += 1
        print(t)
    print(c)
    print(list(halves(10)))
    print(search(5))
    d = {"a": 1, "b": 2}
    try:
        for k in keys(d):
            d[k + "x"] = 0
    except RuntimeError as e:
        print("RuntimeError", e)


main()
d2 = {"q": 1}
for k in keys(d2):
    del d2[k]
