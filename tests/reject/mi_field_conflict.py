# expect: error[type] 12:7
class A:
    def __init__(self) -> None:
        self.x = 1


class B:
    def __init__(self) -> None:
        self.x = "one"


class C(A, B):
    pass


print(C().x)
