from dataclasses import dataclass
from typing import Optional


def describe(x: int) -> str:
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case n if n < 0:
            return f"negative {n}"
        case _:
            return "big"


for i in [0, 1, 3, -1, -5, 10]:
    print(i, describe(i))


def seq(xs: list[int]) -> str:
    match xs:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
    return "unreachable"


for xs in [[], [1], [1, 2], [1, 2, 3, 4]]:
    print(seq(xs))


@dataclass
class Point:
    x: int
    y: int


def where(p: Point) -> str:
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, yy):
            return f"y axis {yy}"
        case Point(x=xx, y=0):
            return f"x axis {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case _:
            return "somewhere"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2)]:
    print(where(p))

t = (1, "a")
match t:
    case (1, s):
        print("tuple one", s)
    case _:
        print("other")

d = {"k": 1, "j": 2, "z": 3}
match d:
    case {"k": 1, **rest}:
        print("k is 1", rest)

o: Optional[int] = None
for o in [None, 5]:
    match o:
        case None:
            print("none")
        case v:
            print("value", v + 1)

match "hello":
    case "hi":
        print("hi")
    case "hello" as h:
        print("greeting", h)
print(h)
