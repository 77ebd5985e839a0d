# Exceptions raised inside special methods that operators and built-ins
# call: caught ones, then an uncaught one from __iadd__ (its traceback
# shows the augmented assignment).


class Strict:
    def __init__(self, v: int) -> None:
        self.v = v

    def __iadd__(self, o: int) -> "Strict":
        if o < 0:
            raise ValueError(f"negative increment {o}")
        self.v += o
        return self

    def __rmul__(self, k: int) -> "Strict":
        return Strict(self.v * (10 // k))

    def __format__(self, spec: str) -> str:
        if spec:
            raise TypeError("no spec please")
        return "Strict"

    def __index__(self) -> int:
        return [0, 1][self.v]

    def __round__(self, n: int = 0) -> int:
        return self.v // n


def bump(s: Strict, by: int) -> Strict:
    s += by
    return s


s = Strict(1)
for f in range(5):
    try:
        if f == 0:
            print(0 * s)
        elif f == 1:
            print(f"{s:x}")
        elif f == 2:
            print([5, 6][Strict(7)])
        elif f == 3:
            print(round(s))
        else:
            print(round(s, 0))
    except (ZeroDivisionError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(bump(s, 2).v)
bump(s, -1)
