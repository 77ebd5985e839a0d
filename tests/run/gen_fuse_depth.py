# A fused generator raising from a runtime call, caught in a function
# that otherwise calls nothing: the frame-depth counter is restored, so a
# later RecursionError comes at the same depth as in CPython.
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    for i in range(n):
        yield [1, 2][i]


def main() -> None:
    for _ in range(3):
        try:
            for x in numbers(5):
                pass
        except IndexError:
            pass


calls = 0


def deep() -> int:
    global calls
    calls += 1
    return deep() + 1


main()
try:
    deep()
except RecursionError:
    print(calls)
