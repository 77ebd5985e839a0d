# A lambda inside a lambda inside a method reads the method's parameter
# (found by the random programs: the cell of a parameter had no flag).
from typing import Callable


class Item:
    def check(self, amt: int, arg: list[int]) -> list[int]:
        fs: list[Callable[[], int]] = []
        fs.append(lambda: min(arg, key=lambda k: -k))
        fs.append(lambda: len([x for x in arg if x > amt]))
        return [f() for f in fs]


def outer(p: int) -> Callable[[], Callable[[], int]]:
    def middle() -> Callable[[], int]:
        def inner() -> int:
            return p * 2
        return inner
    return middle


print(Item().check(1, [3, 1, 2]))
print(outer(21)()())
