from __future__ import annotations
from dataclasses import dataclass


class Expr:
    pass


@dataclass
class Num(Expr):
    value: int


@dataclass
class Add(Expr):
    left: Expr
    right: Expr


@dataclass
class Mul(Expr):
    left: Expr
    right: Expr


@dataclass
class Neg(Expr):
    operand: Expr


def evaluate(e: Expr) -> int:
    match e:
        case Num(v):
            return v
        case Add(Num(0), r) | Add(r, Num(0)):
            return evaluate(r)
        case Add(l, r):
            return evaluate(l) + evaluate(r)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return 0
        case Mul(l, r):
            return evaluate(l) * evaluate(r)
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
        case _:
            raise ValueError("bad")


def show(e: Expr) -> str:
    match e:
        case Num(value=v) if v < 0:
            return f"({v})"
        case Num(value=v):
            return str(v)
        case Add(left=l, right=r):
            return f"({show(l)} + {show(r)})"
        case Mul(l, r):
            return f"{show(l)} * {show(r)}"
        case Neg(operand=o):
            return f"-{show(o)}"
    return "?"


tree = Add(Mul(Num(3), Num(4)), Neg(Neg(Add(Num(0), Num(-5)))))
print(show(tree), "=", evaluate(tree))
print(evaluate(Mul(Num(7), Num(0))))


def area(s: Expr) -> int:
    match s:
        case Num():
            return s.value * 2
        case Add():
            return area(s.left) + area(s.right)
    return 0


print(area(Add(Num(1), Num(2))))

calls = 0


def subject() -> list[int]:
    global calls
    calls += 1
    return [1, 2, 3]


def check(x: int) -> bool:
    print("guard sees", x)
    return x > 2


match subject():
    case [a, b] if check(a):
        print("two")
    case [a, *_, c] if check(a):
        print("first", a)
    case [a, *mid, c] if check(c):
        print("last", c, mid)
print("calls", calls, a, c)

for pair in [(1, 2), (2, 1), (3, 3)]:
    match pair:
        case (x, y) if x < y:
            print("lt")
            continue
        case (x, y) if x == y:
            print("eq")
            break
        case _:
            print("gt")
print("done", x, y)

rows = [("add", 1, 2), ("sub", 5, 3), ("mul", 2, 8), ("nop", 0, 0)]
for row in rows:
    match row:
        case ("add", p, q):
            print(p + q)
        case ("sub", p, q):
            print(p - q)
        case (op, p, q) if op.startswith("m"):
            print(p * q)
        case (op, _, _):
            print("unknown", op)

cfg: dict[str, list[int]] = {"a": [1, 2], "b": [], "c": [7]}
for k in ["a", "b", "c", "d"]:
    match cfg.get(k):
        case None:
            print(k, "missing")
        case []:
            print(k, "empty")
        case [only]:
            print(k, "only", only)
        case [h, *t]:
            print(k, "head", h, t)
