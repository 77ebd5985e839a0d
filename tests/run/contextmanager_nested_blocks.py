# @contextmanager functions defined inside blocks of a function body, and a
# plain generator of the same name in another function (found by the
# random program generator).
from contextlib import contextmanager
from typing import Iterator


def plain() -> None:
    def gen0(a: int) -> Iterator[int]:
        yield a
        yield a + 1

    it = gen0(3)
    print(next(it), next(it, -1), next(it, -1))


def blocks(n: int) -> None:
    for i in range(n):
        if i % 2 == 0:
            @contextmanager
            def gen0(tag: str) -> Iterator[int]:
                print("enter", tag)
                try:
                    yield i * 10
                except ZeroDivisionError as e:
                    print("swallowed", tag, type(e).__name__)
                finally:
                    print("exit", tag)

            with gen0("t" + str(i)) as v, gen0("u" + str(i)) as w:
                print(v, w, 1 // (v - w))
            print("after", i)


plain()
blocks(4)
