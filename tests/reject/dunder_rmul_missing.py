# expect: error[type] 10:7
class V:
    def __init__(self, x: int) -> None:
        self.x = x

    def __mul__(self, k: int) -> "V":
        return V(self.x * k)


print(2 * V(3))
