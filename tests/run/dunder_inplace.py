# In-place operators: __iadd__ and its kin when the class has them,
# the binary method otherwise (CPython's fallback), through variables,
# attributes, items and the virtual table.


class Acc:
    def __init__(self, v: int) -> None:
        self.v = v
        self.log: list[str] = []

    def __iadd__(self, o: int) -> "Acc":
        self.log.append(f"iadd {o}")
        self.v += o
        return self

    def __isub__(self, o: int) -> "Acc":
        self.log.append(f"isub {o}")
        self.v -= o
        return self

    def __imul__(self, o: int) -> "Acc":
        self.v *= o
        return self

    def __itruediv__(self, o: int) -> "Acc":
        self.v = int(self.v / o)
        return self

    def __ifloordiv__(self, o: int) -> "Acc":
        self.v //= o
        return self

    def __imod__(self, o: int) -> "Acc":
        self.v %= o
        return self

    def __ipow__(self, o: int) -> "Acc":
        self.v **= o
        return self

    def __iand__(self, o: int) -> "Acc":
        self.v &= o
        return self

    def __ior__(self, o: int) -> "Acc":
        self.v |= o
        return self

    def __ixor__(self, o: int) -> "Acc":
        self.v ^= o
        return self

    def __ilshift__(self, o: int) -> "Acc":
        self.v <<= o
        return self

    def __irshift__(self, o: int) -> "Acc":
        self.v >>= o
        return self

    def __imatmul__(self, o: int) -> "Acc":
        self.v = self.v * 10 + o
        return self

    def __repr__(self) -> str:
        return f"Acc({self.v})"


class Loud(Acc):
    def __iadd__(self, o: int) -> "Acc":
        print("Loud.__iadd__", o)
        self.v += 2 * o
        return self


class Vec:
    """No in-place methods: `+=` falls back to `__add__` (a new object)."""

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __add__(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o: "Vec") -> "Vec":
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k: int) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


class Holder:
    def __init__(self) -> None:
        self.acc = Acc(1)
        self.vec = Vec(1, 1)


def main() -> None:
    a = Acc(5)
    same = a
    a += 3
    a -= 1
    a *= 4
    a /= 3
    a //= 2
    a %= 7
    a **= 3
    a &= 0xFF
    a |= 0x100
    a ^= 0x3
    a <<= 2
    a >>= 1
    a @= 7
    print(a, a is same, a.log)

    v = Vec(1, 2)
    w = v
    v += Vec(10, 20)
    v -= Vec(1, 1)
    v *= 3
    print(v, w, v is w)

    # Through the virtual table: the static type is Acc.
    accs: list[Acc] = [Acc(1), Loud(1)]
    for x in accs:
        x += 5
        print(x)

    # Attribute and item targets.
    h = Holder()
    h.acc += 10
    h.vec += Vec(2, 3)
    print(h.acc, h.vec)
    d: dict[str, Vec] = {"a": Vec(0, 0)}
    d["a"] += Vec(4, 4)
    d["a"] *= 2
    print(d)
    xs = [Acc(0), Acc(1)]
    xs[1] += 41
    print(xs)


main()
