# contextlib.contextmanager: enter/exit order, `as` targets, several
# managers in one `with`, exits on return/break/continue, swallowing.
import contextlib
from contextlib import contextmanager
from typing import Generator, Iterator, List, Tuple

log: List[str] = []


@contextmanager
def tag(name: str) -> Iterator[str]:
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


@contextlib.contextmanager
def pair(a: int, b: int) -> Generator[Tuple[int, int], None, None]:
    log.append("pair in")
    yield (a, b)
    log.append("pair out")


@contextmanager
def ignoring(kind: str) -> Iterator[None]:
    try:
        yield
    except ValueError as e:
        print("ignored", kind, e)
    except KeyError as e:
        print("ignored key", e)
        raise


def first_over(xs: List[int], limit: int) -> int:
    for x in xs:
        with tag("loop"):
            if x < limit:
                continue
            if x > 100:
                break
            return x
    return -1


def counter() -> int:
    total = 0

    @contextmanager
    def bump(step: int) -> Iterator[int]:
        nonlocal total
        total += step
        yield total
        total += 1000

    with bump(1) as t1:
        print("t1", t1)
    with bump(10) as t2, bump(100) as t3:
        print("t2 t3", t2, t3)
    return total


with tag("a") as x:
    print("inside", x)
with tag("b") as b, tag("c") as c:
    print(b, c)
with (tag("d") as d, pair(1, 2) as (p, q)):
    print(d, p + q)
print(log)
print(first_over([1, 5, 7], 4))
print(first_over([1, 500], 4))
print(counter())
with ignoring("v"):
    print("before")
    raise ValueError("bad value")
    print("not reached")
print("after ignoring")
try:
    with ignoring("k"):
        raise KeyError("missing")
except KeyError as e:
    print("outer caught", repr(e))
with ignoring("none"):
    print("nothing raised")


def gen_uses_cm(n: int) -> Iterator[int]:
    for i in range(n):
        with tag("g" + str(i)) as t:
            yield len(t) + i


print(list(gen_uses_cm(3)))
for v in gen_uses_cm(5):
    if v > 3:
        break
    print("v", v)
