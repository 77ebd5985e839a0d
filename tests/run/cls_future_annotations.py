# from __future__ import annotations: unquoted self-referencing annotations in a small expression tree.
from __future__ import annotations


class Expr:
    def eval(self, x: int) -> int:
        return 0

    def show(self) -> str:
        return "?"

    def plus(self, other: Expr) -> Expr:
        return Add(self, other)

    def times(self, other: Expr) -> Expr:
        return Mul(self, other)


class Const(Expr):
    def __init__(self, v: int) -> None:
        self.v = v

    def eval(self, x: int) -> int:
        return self.v

    def show(self) -> str:
        return str(self.v)


class Var(Expr):
    def eval(self, x: int) -> int:
        return x

    def show(self) -> str:
        return "x"


class Add(Expr):
    def __init__(self, left: Expr, right: Expr) -> None:
        self.left = left
        self.right = right

    def eval(self, x: int) -> int:
        return self.left.eval(x) + self.right.eval(x)

    def show(self) -> str:
        return f"({self.left.show()} + {self.right.show()})"


class Mul(Expr):
    def __init__(self, left: Expr, right: Expr) -> None:
        self.left = left
        self.right = right

    def eval(self, x: int) -> int:
        return self.left.eval(x) * self.right.eval(x)

    def show(self) -> str:
        return f"{self.left.show()} * {self.right.show()}"


def poly(coeffs: list[int]) -> Expr:
    e: Expr = Const(coeffs[0])
    for c in coeffs[1:]:
        e = e.times(Var()).plus(Const(c))
    return e


def main() -> None:
    e = Var().times(Var()).plus(Const(3).times(Var())).plus(Const(-4))
    print(e.show())
    print([e.eval(x) for x in range(-5, 6)])
    p = poly([2, 0, -1, 5])
    print(p.show())
    print([p.eval(x) for x in range(4)])
    zero = Expr()
    print(zero.show(), zero.eval(9), zero.plus(Const(1)).show())


if __name__ == "__main__":
    main()
