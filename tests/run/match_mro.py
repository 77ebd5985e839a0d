# __match_args__ is found along the method resolution order.
class A:
    __match_args__ = ("a",)

    def __init__(self) -> None:
        self.a = 1


class B:
    __match_args__ = ("b",)

    def __init__(self) -> None:
        self.b = 2


class C(B, A):
    def __init__(self) -> None:
        A.__init__(self)
        B.__init__(self)


def f(x: A) -> str:
    match x:
        case C(v):
            return f"C with b={v}"
        case A(v):
            return f"A with a={v}"
    return "?"


print(f(C()), f(A()))
