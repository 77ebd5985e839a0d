# expect: error[unsupported] 22:1
class V:
    def __init__(self, x: int) -> None:
        self.x = x

    def __add__(self, o: "V") -> "V":
        return V(self.x + o.x)


class W(V):
    def __iadd__(self, o: V) -> V:
        self.x += o.x * 10
        return self

    def __repr__(self) -> str:
        return f"W({self.x})"


v: V = W(1)
# CPython calls W.__iadd__ here (the object's own class), not V.__add__,
# which is all the static type V offers.
v += V(2)
print(v)
