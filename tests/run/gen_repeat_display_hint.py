# A repeated list display takes the type it is expected to have (difftest K
# seed 1906567: [Account(...), ...] * 1 into a list[Node]).
from typing import Optional


class Base:
    def __repr__(self) -> str:
        return "Base()"


class Sub(Base):
    def __repr__(self) -> str:
        return "Sub()"


xs: list[Base] = [Sub(), Sub()] * 2
ys: list[Base] = 2 * [Sub()]
zs: list[list[Base]] = [[Sub()] for _ in range(2)] * 2
ws: list[Base] = [Sub()] + [Base()]
n = 3
vs: list[Base] = [Sub()] * n
print(xs, ys, zs, ws, vs)
os: list[Optional[int]] = [1, None] * 2
print(os)
