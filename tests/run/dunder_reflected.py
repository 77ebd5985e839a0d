# Binary special methods, reflected ones with a built-in left operand
# (`2 * v` calls `v.__rmul__(2)`), `@`, `divmod()`, `pow()`, and the
# evaluation order of the operands.


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, o: "Money") -> "Money":
        return Money(self.cents + o.cents)

    def __radd__(self, o: int) -> "Money":
        # `sum()` starts from 0.
        return Money(self.cents + o)

    def __mul__(self, k: int) -> "Money":
        return Money(self.cents * k)

    def __rmul__(self, k: int) -> "Money":
        return Money(self.cents * k)

    def __rsub__(self, o: int) -> "Money":
        return Money(o - self.cents)

    def __rtruediv__(self, o: float) -> float:
        return o / self.cents

    def __rfloordiv__(self, o: int) -> int:
        return o // self.cents

    def __rmod__(self, o: int) -> int:
        return o % self.cents

    def __pow__(self, e: int) -> "Money":
        return Money(self.cents**e)

    def __rpow__(self, b: int) -> int:
        r = 1
        for _ in range(self.cents):
            r *= b
        return r

    def __divmod__(self, k: int) -> tuple["Money", "Money"]:
        return Money(self.cents // k), Money(self.cents % k)

    def __rdivmod__(self, o: int) -> tuple[int, int]:
        return o // self.cents, o % self.cents

    def __and__(self, o: int) -> int:
        return self.cents & o

    def __rand__(self, o: int) -> int:
        return o & self.cents + 1000

    def __or__(self, o: int) -> int:
        return self.cents | o

    def __ror__(self, o: int) -> int:
        return o | self.cents

    def __xor__(self, o: int) -> int:
        return self.cents ^ o

    def __rxor__(self, o: int) -> int:
        return -(o ^ self.cents)

    def __lshift__(self, o: int) -> int:
        return self.cents << o

    def __rlshift__(self, o: int) -> int:
        return o << self.cents

    def __rshift__(self, o: int) -> int:
        return self.cents >> o

    def __rrshift__(self, o: int) -> int:
        return o >> self.cents

    def __repr__(self) -> str:
        return f"Money({self.cents})"


class Matrix:
    def __init__(self, rows: list[list[int]]) -> None:
        self.rows = rows

    def __matmul__(self, o: "Matrix") -> "Matrix":
        n, m, p = len(self.rows), len(o.rows), len(o.rows[0])
        return Matrix(
            [[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
        )

    def __rmatmul__(self, v: list[int]) -> list[int]:
        return [sum(v[k] * self.rows[k][j] for k in range(len(v))) for j in range(len(self.rows[0]))]

    def __repr__(self) -> str:
        return f"Matrix({self.rows})"


class Tagged(Money):
    def __rmul__(self, k: int) -> "Money":
        print("Tagged.__rmul__")
        return Money(self.cents * k * 100)


def two() -> int:
    print("left operand")
    return 2


def money() -> Money:
    print("right operand")
    return Money(7)


m = Money(5)
print(m + Money(3), 3 * m, m * 3, 10 - m, 20.0 / m, 21 // m, 22 % m)
print(m**2, 2**m, divmod(m, 2), divmod(17, m), pow(m, 3), pow(2, m))
print(m & 6, 6 & m, m | 2, 2 | m, m ^ 1, 1 ^ m, m << 2, 1 << m, m >> 1, 64 >> m)
print(0 + Money(1) + Money(2))
print(two() * money())
ms: list[Money] = [Money(2), Tagged(2)]
for x in ms:
    print(3 * x)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, [1, 1] @ a)
c = a
c @= b
print(c, a)
k = 4
k //= Money(2)
print(k)
