# An exception in the body of a fused loop has no generator frame.
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    for i in range(n):
        yield i


def scaled(xs: Iterator[int], k: int) -> Iterator[int]:
    for x in xs:
        yield x * k


def main() -> None:
    for x in scaled(numbers(5), 3):
        print(100 // (x - 6))


main()
