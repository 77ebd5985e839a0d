# An uncaught exception inside a reflected method: the traceback marks
# the binary operation whose right operand's __rsub__ raised.


class Meters:
    def __init__(self, m: int) -> None:
        self.m = m

    def __rsub__(self, o: int) -> "Meters":
        if o < self.m:
            raise ValueError("negative length")
        return Meters(o - self.m)


def remaining(total: int, used: Meters) -> int:
    return (total - used).m * 2


print(remaining(10, Meters(3)))
print(remaining(1, Meters(3)))
