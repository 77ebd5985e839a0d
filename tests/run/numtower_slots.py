# An int stored where a float is declared stays an int, as in CPython:
# variables, parameters, returns, fields, container elements, defaults.
from dataclasses import dataclass
from typing import Optional


def half(x: float) -> float:
    return x / 2


def ident(x: float) -> float:
    return x


def const() -> float:
    return 1


def scaled(x: float, k: float = 2) -> float:
    return x * k


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


@dataclass
class Box:
    w: float
    h: float = 1


x: float = 1
print(x)
print(half(3), half(3.0), ident(3), ident(-7), const())
print(scaled(3), scaled(3, 0.5), scaled(1.5))
p = Point(1, 2.5)
print(p, p.x, p.y)
p.x = 4
print(p)
print(Box(2), Box(2.5, 3))
xs: list[float] = [1, 2.5, -3]
print(xs, xs[0], xs[-1])
xs.append(7)
xs[1] = 9
print(xs)
d: dict[str, float] = {"a": 1, "b": 0.5}
d["c"] = 3
print(d)
t: tuple[float, int] = (1, 2)
print(t)
s: set[float] = {1, 2}
print(sorted(s))
o: Optional[float] = 1
print(o)
o = None
print(o)
print([1, 2.5], {"k": 1, "j": 2.5}, (1 if len(xs) > 9 else 2.5))
print([1, 2.5] == [1.0, 2.5], xs == [1.0, 9.0, -3.0, 7.0])
ys = [1, 2.5]
ys.append(3)
print(ys)
total: float = 0
for i in range(0):
    total += 0.5
print(total)
total += 0.5
print(total)
f: float = 0.5
for f in [1, 2]:
    print(f)
print(f)
