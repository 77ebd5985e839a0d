from typing import Iterator


def pipeline(divisor: int) -> list[int]:
    def inner(xs: list[int]) -> Iterator[int]:
        for x in xs:
            yield 100 // (x - divisor)
    return list(inner([5, 4, 3, 2]))


print(pipeline(9))
print(pipeline(3))
