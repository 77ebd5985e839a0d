# expect: error[unsupported] 4:5
class P:
    __slots__ = ("x",)
    x: int = 0


print(P().x)
