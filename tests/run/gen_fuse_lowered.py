# Loops lowered from list(), sum(), sorted(), comprehensions, any()/all(),
# min/max and str.join over calls of generators are fused too; PEP 479
# from a fused generator consumed by list().
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i


def inner() -> Iterator[int]:
    yield 1


def leaky() -> Iterator[int]:
    it = inner()
    while True:
        yield next(it) * 10


def main() -> None:
    print(sum(numbers(5)), list(numbers(4)), sorted(numbers(3), reverse=True))
    print([x + 1 for x in numbers(4) if x % 2 == 0])
    print({x: y for x in numbers(3) for y in numbers(x)})
    print(any(x > 5 for x in numbers(10)), all(x < 5 for x in numbers(10)))
    print(max(numbers(6)), min(x - 3 for x in numbers(4)))
    print(", ".join(str(x) for x in numbers(3)))
    print(list(leaky()))


main()
