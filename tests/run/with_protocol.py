from typing import Optional, Type
from types import TracebackType


class CM:
    def __init__(self, name: str, suppress: bool) -> None:
        self.name = name
        self.suppress = suppress

    def __enter__(self) -> "CM":
        print("enter", self.name)
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> bool:
        print("exit", self.name, exc_type, exc, tb is None)
        if exc_type is not None:
            print("  name", exc_type.__name__, exc_type is ValueError, issubclass(exc_type, LookupError))
            print("  exc", str(exc), repr(exc), isinstance(exc, KeyError))
        return self.suppress


class Val:
    def __enter__(self) -> int:
        return 42

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        print("Val exit", exc_type)


def f(n: int) -> int:
    with CM("f", False):
        if n == 0:
            return 10
    return 20


def loop() -> None:
    for i in range(4):
        with CM("loop" + str(i), False) as c:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", c.name)


with CM("a", True) as a:
    print("in a", a.name)
    raise ValueError("boom")
print("after a")

with CM("b", True), CM("c", False) as c2:
    print("in bc", c2.name)
    raise KeyError("k")
print("after bc")

with (CM("d", False) as d,
      Val() as v):
    print("in dv", d.name, v)

print(f(0), f(1))
loop()

try:
    with CM("e", False):
        raise IndexError("idx")
except IndexError as e:
    print("caught", e)

class Pair:
    def __init__(self) -> None:
        self.x = 0
    def __enter__(self) -> tuple[int, str]:
        return (1, "one")
    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> Optional[bool]:
        return None

p = Pair()
with Pair() as (n, s):
    print(n, s)
with Val() as p.x:
    print(p.x)

import contextlib
from contextlib import suppress, nullcontext

with contextlib.suppress(ValueError, KeyError):
    print("s1")
    raise KeyError("x")
print("after s1")
with suppress(ZeroDivisionError) as nothing:
    print(nothing)
    print(1 // 0)
with nullcontext(5) as five:
    print(five)
with contextlib.nullcontext():
    print("null")
