# expect: error[type] 12:1
class V:
    def __init__(self, x: int) -> None:
        self.x = x

    def __add__(self, o: "V") -> "V":
        return V(self.x + o.x)


v = V(1)
v += V(2)
v += 1
print(v.x)
