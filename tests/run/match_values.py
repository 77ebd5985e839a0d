import math
from typing import Optional


class Color:
    RED = 1
    GREEN = 2
    NAME = "blue"


def color_name(c: int) -> str:
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case _:
            return "other"


print(color_name(1), color_name(2), color_name(3))


def angle(a: float) -> str:
    match a:
        case math.pi:
            return "pi"
        case 0.0:
            return "zero"
        case 1:
            return "one"
        case -2.5:
            return "minus two and a half"
        case _:
            return "?"


print(angle(math.pi), angle(0.0), angle(1.0), angle(-2.5), angle(2.0))


def flags(b: bool) -> str:
    match b:
        case True:
            return "yes"
        case False:
            return "no"
    return "?"


print(flags(True), flags(False))


def opt(b: Optional[bool]) -> str:
    match b:
        case None:
            return "none"
        case True:
            return "T"
        case False:
            return "F"
    return "?"


print(opt(None), opt(True), opt(False))


def one_is_true(n: int) -> str:
    match n:
        case True:
            return "identity"
        case 1:
            return "equal"
        case _:
            return "no"


print(one_is_true(1))


def bool_vs_int(b: bool) -> str:
    match b:
        case 1:
            return "one"
        case 0:
            return "zero"
    return "?"


print(bool_vs_int(True), bool_vs_int(False))


def kinds(x: int) -> str:
    match x:
        case str():
            return "str"
        case bool():
            return "bool"
        case float():
            return "float"
        case int(n) if n > 100:
            return f"big int {n}"
        case int():
            return "int"
    return "?"


print(kinds(5), kinds(500))


def strs(s: str) -> str:
    match s:
        case [a, b]:
            return "sequence?"
        case str(t) if len(t) == 2:
            return "two chars " + t
        case "":
            return "empty"
        case _:
            return "str " + s


print(strs("ab"), strs(""), strs("xyz"))


def var(t: tuple[int, ...]) -> str:
    match t:
        case ():
            return "empty"
        case (x,):
            return f"one {x}"
        case (x, *rest):
            return f"{x} then {rest}"
    return "?"


print(var(()), var((4,)), var((1, 2, 3)))


def fixed(t: tuple[int, str, float]) -> str:
    match t:
        case (0, _, _):
            return "zero"
        case (n, "x", f):
            return f"x {n} {f}"
        case (n, _, f):
            return f"{n} {f}"
    return "?"


print(fixed((0, "a", 1.5)), fixed((1, "x", 2.5)), fixed((2, "y", 0.5)))


def mixed(t: tuple[int, int, int, int]) -> str:
    match t:
        case (a, *mid, b):
            return f"{a} {mid} {b}"
    return "?"


print(mixed((1, 2, 3, 4)))


def sets(s: set[int]) -> str:
    match s:
        case [x]:
            return "seq"
        case {1: _}:
            return "map"
        case _:
            return "set"


print(sets({1}))

grid: dict[str, dict[str, int]] = {"a": {"x": 1, "y": 2}, "b": {"x": 5}}
for key in ["a", "b"]:
    match grid:
        case {"a": {"x": 1, "y": yy}} if key == "a":
            print("a has y", yy)
        case {"b": {"x": xx, **others}}:
            print("b x", xx, others)

nums: dict[int, str] = {1: "one", 2: "two"}
match nums:
    case {1: "one", 2: second}:
        print("second", second)
match nums:
    case {"1": _}:
        print("str key?")
    case {1: v}:
        print("int key", v)
