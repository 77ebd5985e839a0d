from typing import Callable, Generator, Iterator


def outer(n: int) -> list[int]:
    def inner() -> Iterator[int]:
        for i in range(n):
            yield i * 2
    return list(inner())


def counter(start: int) -> Iterator[int]:
    # A generator returned from a function, capturing its argument.
    def gen() -> Iterator[int]:
        k = start
        while k < start + 3:
            yield k
            k += 1
    return gen()


def late_binding() -> list[int]:
    # The free variable is read when the generator runs, through its cell.
    scale = 1

    def scaled(xs: list[int]) -> Iterator[int]:
        for x in xs:
            yield x * scale
    g = scaled([1, 2, 3])
    scale = 10
    out = [next(g)]
    scale = 100
    out.extend(g)
    return out


def with_nonlocal() -> int:
    total = 0

    def acc(xs: list[int]) -> Iterator[int]:
        nonlocal total
        for x in xs:
            total += x
            yield total
    for t in acc([4, 5, 6]):
        print("running", t)
    return total


def two_levels(a: int) -> Iterator[str]:
    # A generator nested in a generator, capturing the outer one's locals.
    b = a * 10

    def inner(c: int) -> Iterator[str]:
        yield f"{a}-{b}-{c}"
        yield f"{a + c}"
    for c in range(2):
        yield from inner(c)
    yield "end"


class Tree:
    def __init__(self, items: list[int]) -> None:
        self.items = items

    def walk(self, limit: int) -> Iterator[int]:
        # A generator method with a nested generator capturing self.
        def below() -> Iterator[int]:
            for x in self.items:
                if x < limit:
                    yield x
        for x in below():
            yield x + 1000


def make_gens() -> list[Iterator[int]]:
    # Closures made in a loop share the loop variable's cell.
    gs: list[Iterator[int]] = []
    for i in range(3):
        def g() -> Iterator[int]:
            yield i
        gs.append(g())
    return gs


def send_nested() -> None:
    log: list[str] = []

    def echo() -> Generator[int, int, str]:
        x = 0
        while x >= 0:
            x = yield x + 1
            log.append(f"got {x}")
        return "stopped"
    e = echo()
    print(next(e))
    print(e.send(5))
    print(e.send(7))
    try:
        e.send(-1)
    except StopIteration as s:
        print("stop", s)
    print(log)


def finally_nested(n: int) -> None:
    msgs: list[str] = []

    def g() -> Iterator[int]:
        try:
            for i in range(n):
                yield i
        finally:
            msgs.append("cleanup")
    it = g()
    print(next(it))
    it.close()
    print(msgs)


def recursive_nested(depth: int) -> list[int]:
    def walk(d: int) -> Iterator[int]:
        yield d
        if d < depth:
            yield from walk(d + 1)
    return list(walk(0))


def fn_value() -> None:
    base = 7
    mk: Callable[[int], Iterator[int]]

    def mk_gen(m: int) -> Iterator[int]:
        for j in range(m):
            yield base + j
    mk = mk_gen
    print(list(mk(3)))


print(outer(4))
c = counter(5)
print(next(c), list(c))
print(late_binding())
print(with_nonlocal())
print(list(two_levels(3)))
print(list(Tree([5, 1, 9, 3]).walk(6)))
print([next(g) for g in make_gens()])
send_nested()
finally_nested(3)
print(recursive_nested(4))
fn_value()
