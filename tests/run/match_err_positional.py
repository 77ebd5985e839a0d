class P:
    def __init__(self, x: int) -> None:
        self.x = x


def g(p: P) -> None:
    match p:
        case P(x=0):
            print("zero")
        case P(1):
            print("one")


g(P(0))
g(P(1))
