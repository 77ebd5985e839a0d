# expect: error[type] 10:1
class P:
    __slots__ = ("x",)

    def __init__(self) -> None:
        self.x = 1


p = P()
p.y = 2
print(p.x)
