# expect: error[unsupported] 21:8
class V:
    def __init__(self, x: int) -> None:
        self.x = x

    def __add__(self, o: "V") -> "V":
        return V(self.x + o.x)

    def __radd__(self, o: "V") -> "V":
        return V(self.x + o.x)


class W(V):
    def __radd__(self, o: "V") -> "V":
        # CPython calls this first in `v + w`, before V.__add__.
        return V(0)


v = V(1)
w: V = W(2)
print((v + w).x)
