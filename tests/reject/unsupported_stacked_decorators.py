# expect: error[unsupported] 4:6
class P:
    @property
    @property
    def x(self) -> int:
        return 1
