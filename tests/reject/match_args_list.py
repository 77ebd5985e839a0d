# expect: error[unsupported] 3:22
class P:
    __match_args__ = ["x"]

    def __init__(self, x: int) -> None:
        self.x = x


match P(1):
    case P(1):
        pass
