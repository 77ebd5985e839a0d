from typing import Iterator, Generator


def count(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


def squares(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        yield x * x


def gen_ret() -> Generator[int, None, str]:
    yield 1
    yield 2
    return "done"


def deleg() -> Iterator[int]:
    r = yield from gen_ret()
    print("sub returned", r)
    yield from [10, 20]
    yield from range(3)


for v in squares(count(5)):
    print(v)
g = count(3)
print(next(g), next(g), next(g), next(g, -1))
print(list(deleg()))
print(sum(count(101)))
print(sorted(squares(count(4)), reverse=True))
for i, x in enumerate(count(3)):
    print(i, x)
g2 = gen_ret()
print(next(g2))
print(next(g2))
try:
    next(g2)
except StopIteration as e:
    print("stop", e)
