# expect: error[type] 7:9
class P:
    __slots__ = ("x",)

    def __init__(self) -> None:
        self.x = 1
        self.y = 2


print(P().y)
