# expect: error[unsupported] 14:17
from typing import Iterable


class Base:
    def n(self) -> int:
        return 1


class P:
    def total(self, xs: Iterable[Base]) -> int:
        return sum(x.n() for x in xs)

print(P().total([Base()]))
