# PEP 479 in a fused generator: the StopIteration keeps the generator's
# frames, the RuntimeError gets the consumer's.
from typing import Iterator


def one() -> Iterator[int]:
    yield 1


def leaky(it: Iterator[int]) -> Iterator[int]:
    while True:
        yield next(it) * 10


def scaled(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        yield x + 1


def main() -> None:
    for v in scaled(leaky(one())):
        print(v)


main()
