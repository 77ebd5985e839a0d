# Fused loops: keyword arguments, return from nested loops of the
# generator, attribute and item targets, try/finally in the body of a
# consuming generator that is closed, fused loops in fused loop bodies.
from typing import Iterator, Generator


def arg(name: str, v: int) -> int:
    print("arg", name)
    return v


def numbers(n: int) -> Iterator[int]:
    print("numbers starts")
    for i in range(n):
        yield i


def scaled(xs: Iterator[int], k: int) -> Iterator[int]:
    print("scaled starts")
    for x in xs:
        yield x * k


def grid(n: int) -> Generator[int, None, None]:
    for i in range(n):
        j = 0
        while True:
            if i * j > 3:
                return
            if j > i:
                break
            yield i * 10 + j
            j += 1
    print("grid finished")


class Box:
    def __init__(self) -> None:
        self.v = 0


def consume(limit: int) -> Iterator[str]:
    for x in numbers(10):
        try:
            if x == limit:
                return
            if x % 2 == 0:
                continue
            yield str(x)
        finally:
            print("finally", x)


def main() -> None:
    for x in scaled(k=arg("k", 3), xs=numbers(arg("n", 3))):
        print(x)
    for v in grid(4):
        print("grid", v)
    else:
        print("grid else")
    b = Box()
    for b.v in numbers(2):
        print("box", b.v)
    d: dict[str, int] = {}
    for d["a"] in numbers(3):
        pass
    print(d)
    print(list(consume(5)))
    g = consume(9)
    print(next(g), next(g))
    g.close()
    print("closed")
    out = []
    for x in numbers(4):
        for y in scaled(numbers(x), x):
            out.append(y)
            if y > 4:
                break
    print(out)


main()
