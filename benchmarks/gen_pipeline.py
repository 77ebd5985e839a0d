# A chained-generator pipeline over a million items: a source, a map, a
# filter, a running transformation and a windowed pairing, consumed by a
# `for` loop (issue 12's generator benchmark).
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(xs: Iterator[int], k: int) -> Iterator[int]:
    for x in xs:
        yield x * k % 1000003


def odd_only(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        if x % 2 == 1:
            yield x


def running(xs: Iterator[int]) -> Iterator[int]:
    total = 0
    for x in xs:
        total = (total + x) % 1000000007
        yield total


def pairs(xs: Iterator[int]) -> Iterator[tuple[int, int]]:
    prev = 0
    for x in xs:
        yield (prev, x)
        prev = x


def main() -> None:
    checksum = 0
    count = 0
    for a, b in pairs(running(odd_only(scaled(numbers(1000000), 7)))):
        checksum = (checksum * 31 + a - b) % 998244353
        count += 1
    print(count, checksum)


main()
