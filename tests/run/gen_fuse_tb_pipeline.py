# An exception in the innermost generator of a fused pipeline: one
# traceback frame per generator, in CPython's order.
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield 10 // (3 - i)
        i += 1


def scaled(xs: Iterator[int], k: int) -> Iterator[int]:
    for x in xs:
        yield x * k


def pairs(xs: Iterator[int]) -> Iterator[tuple[int, int]]:
    prev = 0
    for x in xs:
        yield (prev, x)
        prev = x


def main() -> None:
    for a, b in pairs(scaled(numbers(5),
                             2)):
        print(a, b)


main()
