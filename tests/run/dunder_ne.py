# `!=` calls a class's own `__ne__` when it defines one, and is the
# negated `__eq__` otherwise (also when the left operand has no `__eq__`
# and the right one has, through CPython's reflection).


class Tol:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, o: object) -> bool:
        return isinstance(o, Tol) and abs(o.x - self.x) <= 1

    def __ne__(self, o: object) -> bool:
        print("Tol.__ne__", self.x)
        return isinstance(o, Tol) and abs(o.x - self.x) > 5

    def __hash__(self) -> int:
        return 0


class Key:
    def __init__(self, k: str) -> None:
        self.k = k

    def __eq__(self, o: object) -> bool:
        print("Key.__eq__", self.k)
        return isinstance(o, Key) and o.k == self.k


class Plain:
    pass


a, b, c = Tol(1), Tol(3), Tol(10)
print(a == b, a != b, a != c, not (a != b))
print(Key("a") != Key("a"), Key("a") != Key("b"), Plain() != Key("x"), Key("y") != Plain())
