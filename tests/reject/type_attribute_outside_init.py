# expect: error[type] 7:14
class Counter:
    def __init__(self) -> None:
        self.n = 0

    def bump(self) -> None:
        self.total = self.n + 1


Counter().bump()
