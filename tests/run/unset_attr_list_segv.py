# Issue 17: reading a list attribute that was never assigned used to be a
# segmentation fault (a null pointer taken for a list).
class C:
    def __init__(self, b: bool) -> None:
        if b:
            self.x = [1]
            self.n = 5


d = C(True)
print(d.n, d.x)
c = C(False)
print(len(c.x))
