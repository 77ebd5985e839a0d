# Names that only speak to a type checker: Final, aliases, NewType,
# Literal, TYPE_CHECKING, cast, @final, @overload, and mypyc's i64.
from __future__ import annotations

import typing
import typing as t
from typing import TYPE_CHECKING, Final, Literal, NewType, Optional, cast, final, overload
from typing_extensions import TypeAlias

from mypy_extensions import i64, i32, mypyc_attr, trait

if TYPE_CHECKING:
    from collections.abc import Sequence

MAX_ITEMS: Final = 3
GREETING: Final[str] = "hello"
Vector = list[float]
Matrix: TypeAlias = "list[Vector]"
MaybeInt = Optional[int]
UserId = NewType("UserId", int)
Mode = Literal["r", "w"]
Pair = tuple[int, int]


@final
class Counter:
    LIMIT: Final = 10

    def __init__(self, start: i64) -> None:
        self.count: Final[i64] = start
        self.label: t.Optional[str] = None

    def bumped(self, by: i32 = 1) -> i64:
        return self.count + by


@trait
class Named:
    def name(self) -> str:
        return "named"


@mypyc_attr(allow_interpreted_subclasses=True)
class Point(Named):
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def name(self) -> str:
        return f"Point({self.x}, {self.y})"


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: int) -> int:
    return x * 2


def norm(v: Vector) -> float:
    return sum(x * x for x in v) ** 0.5


def trace(m: Matrix) -> float:
    return sum(m[i][i] for i in range(len(m)))


def open_mode(mode: Mode, flag: Literal[1, 2, None] = None) -> str:
    return f"{mode}:{flag}"


def lookup(users: dict[UserId, str], uid: UserId) -> str:
    return users.get(uid, "?")


def first(xs: typing.List[MaybeInt]) -> int:
    for x in xs:
        if x is not None:
            return x
    return -1


def swap(p: Pair) -> Pair:
    return (p[1], p[0])


def describe(n: Named) -> str:
    return n.name()


def main() -> None:
    print(MAX_ITEMS, GREETING, Counter.LIMIT)
    c = Counter(i64(5))
    print(c.bumped(), c.bumped(i32(7)), c.label)
    print(norm([3.0, 4.0]), trace([[1.0, 2.0], [3.0, 4.0]]))
    print(open_mode("r"), open_mode("w", 2))
    uid = UserId(42)
    print(lookup({uid: "ada"}, uid), lookup({}, UserId(7)), uid + 1)
    print(first([None, None, 5, 6]), first([]))
    print(swap((1, 2)), double(21))
    p = Point(1.5, 2.0)
    named = cast(Named, p)
    print(describe(named), describe(cast("Named", p)))
    maybe: Optional[int] = 8 if MAX_ITEMS > 2 else None
    print(cast(int, maybe) + 1, typing.cast(str, "s"), t.cast(int, 3))
    limit: Final = len(GREETING)
    print(limit)
    if not TYPE_CHECKING:
        print("not type checking")
    if typing.TYPE_CHECKING:
        print("unreachable")
    else:
        print("else branch")


main()
