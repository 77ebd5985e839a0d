A = 100
class C:
    A = 1
    B = A + 1
    LIMIT: int = B * 10
    NAMES = ["x", "y"]
    FIRST = NAMES[0]

    def f(self, s: int = B, t: str = FIRST) -> str:
        return t * s

    def g(self) -> int:
        return A

class D:
    X = A + 5

print(C.B, C.LIMIT, C.FIRST, C().f(), C().g(), D.X, A)
