from typing import Generator, Iterator


def worker() -> Generator[int, int, str]:
    total = 0
    try:
        while True:
            x = yield total
            total += x
    finally:
        print("cleanup", total)


def inner() -> Iterator[int]:
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99


def bad() -> Iterator[int]:
    yield 1
    raise StopIteration


def boom(n: int) -> Iterator[int]:
    yield n
    raise KeyError(n)


w = worker()
print(next(w))
print(w.send(5))
print(w.send(7))
w.close()
w.close()
g = inner()
print(next(g))
print(g.throw(ValueError("bad")))
try:
    next(g)
except StopIteration:
    print("stopped")
try:
    for v in bad():
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w2 = worker()
    w2.send(3)
except TypeError as e:
    print(e)


