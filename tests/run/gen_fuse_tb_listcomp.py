# A fused generator consumed by a list comprehension fails: its frame
# hangs below the <listcomp> frame.
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    for i in range(n):
        yield 12 // (2 - i)


def main() -> None:
    print(sum(numbers(2)))
    squares = [x * x
               for x in numbers(5)]
    print(squares)


main()
