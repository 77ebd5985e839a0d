# The dataclass decorator and field() under other names, and the module
# imported as such.
import dataclasses
from dataclasses import dataclass as dc, field as fld


@dc(order=True)
class P:
    x: int
    ys: list[int] = fld(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Q:
    name: str


print(P(1), P(1) < P(2), P(2, [3]))
q = Q("a")
print(q, q == Q("a"), len({q, Q("a"), Q("b")}))
try:
    q.name = "b"
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
