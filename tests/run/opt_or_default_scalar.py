# `opt or default` as a value for Optional int/float/bool: None and zero are
# both falsy, so the result always has the default's type.
from typing import Optional


def pick(o: Optional[int], d: int) -> int:
    return o or d


def scale(x: Optional[float]) -> float:
    return 2.0 * (x or 0.5)


calls = 0


def counted(v: Optional[int]) -> Optional[int]:
    global calls
    calls += 1
    return v


def chain(a: Optional[int], b: Optional[int]) -> int:
    # Each operand is evaluated at most once, left to right.
    return counted(a) or counted(b) or -1


def flag(b: Optional[bool]) -> bool:
    return b or False


print(pick(None, 7), pick(0, 7), pick(5, 7), pick(-3, 7))
print(scale(None), scale(0.0), scale(-0.0), scale(4.0))
print(chain(None, None), chain(0, 4), chain(6, None), chain(None, 0), calls)
print(flag(None), flag(True), flag(False))
xs: list[Optional[int]] = [None, 0, 3]
print([x or 10 for x in xs], sum(x or 1 for x in xs))
o: Optional[int] = None
total = (o or 2) + 1
print(total)
