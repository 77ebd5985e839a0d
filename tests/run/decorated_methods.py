# A user-defined decorator on a method (with functools.wraps).
import functools
from typing import Callable


def logged(f: Callable[["Shop", int], int]) -> Callable[["Shop", int], int]:
    @functools.wraps(f)
    def wrapper(self: "Shop", n: int) -> int:
        print(f"{f.__name__}({n}) on {self.name}")
        return f(self, n)
    return wrapper


class Shop:
    def __init__(self, name: str) -> None:
        self.name = name
        self.stock = 10

    @logged
    def sell(self, n: int) -> int:
        self.stock -= n
        return self.stock

    def restock(self) -> int:
        return self.sell(-5)


s = Shop("corner")
print(s.sell(3))
print(s.restock())
print(Shop.sell.__name__)
sell = s.sell
print(sell(1), s.stock)
handlers = [s.sell, s.sell]
print([h(1) for h in handlers])
