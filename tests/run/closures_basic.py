from typing import Callable


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + n
    return add


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def double(x: int) -> int:
    return x * 2


def counter() -> Callable[[], int]:
    count = 0

    def inc() -> int:
        nonlocal count
        count += 1
        return count
    return inc


def outer(k: int) -> int:
    def fact(n: int) -> int:
        return 1 if n <= 1 else n * fact(n - 1)
    total = 0
    for i in range(k):
        total += fact(i)
    return total


add5 = make_adder(5)
print(add5(10), apply(add5, 1), apply(double, 21))
c = counter()
c()
c()
print(c())
print(outer(6))
fs: list[Callable[[int], int]] = [double, make_adder(3), lambda x: x * x]
print([f(7) for f in fs])
sq = lambda: 42
print(sq())
