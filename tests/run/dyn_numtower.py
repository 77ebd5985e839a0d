# Ints kept in float slots (the numeric tower) become ints again as dynamic
# values: isinstance, operators and type names see CPython's int.
from typing import Any


def f(xs: list[float]) -> None:
    for v in xs:
        a: Any = v
        print(a, isinstance(a, int), isinstance(a, float), a + 1, type(a).__name__)


f([1, 2.5, 3])
y: float = 4
z: Any = y
print(z, z * 2, z / 2)
