# Unary special methods and the conversions: abs(), +, -, ~, round()
# with and without ndigits, int(), float(), __index__ wherever an int is
# needed (indexing, slicing, range(), bin/hex/oct), inherited and
# overridden.


class Num:
    def __init__(self, v: int) -> None:
        self.v = v

    def __abs__(self) -> "Num":
        return Num(abs(self.v))

    def __pos__(self) -> "Num":
        return Num(self.v + 1000)

    def __neg__(self) -> "Num":
        return Num(-self.v)

    def __invert__(self) -> int:
        return ~self.v

    def __round__(self, ndigits: int = 0) -> "Num":
        if ndigits >= 0:
            return Num(self.v)
        p = 10 ** (-ndigits)
        return Num((self.v + p // 2) // p * p)

    def __int__(self) -> int:
        return self.v * 2

    def __float__(self) -> float:
        return self.v / 4

    def __index__(self) -> int:
        return self.v

    def __repr__(self) -> str:
        return f"Num({self.v})"


class Idx:
    """Only `__index__`: int() and float() fall back to it."""

    def __init__(self, i: int) -> None:
        self.i = i

    def __index__(self) -> int:
        return self.i


class Wrapped(Idx):
    def __index__(self) -> int:
        return self.i + 1


n = Num(-1234)
print(abs(n), +n, -n, ~n, round(n), round(n, -2), round(Num(1251), -1))
print(int(n), float(n), int(Num(3)) + 1, float(Num(3)) * 2)
xs = [10, 20, 30, 40, 50]
t = (1, 2, 3, 4)
s = "hello"
i = Idx(2)
print(xs[i], t[Idx(1)], s[Idx(4)], xs[Idx(-1)])
print(xs[Idx(1) : Idx(3)], s[: Idx(2)], list(range(Idx(3))), list(range(Idx(1), Idx(9), Idx(3))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), bin(-5), hex(-255), oct(0), bin(True))
print(int(Idx(7)), float(Idx(7)))
for k in [Idx(0), Wrapped(0)]:
    print(xs[k], int(k), hex(k))
xs[Idx(0)] = 99
print(xs)
try:
    print(xs[Idx(10)])
except IndexError as e:
    print("IndexError:", e)
