from typing import Iterator


class Square:
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s * self.s


def squares(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i
