from typing import Iterator


def items() -> Iterator[int]:
    try:
        yield 1
        yield 2
    finally:
        print("closing items")


def use() -> None:
    for x in items():
        print("got", x)
        if x == 1:
            raise KeyError(x)


use()
