# `target += ...` on a list (and `|=` etc. on a set) changes the object in
# place for fields and items too, then stores it back: other names for the
# object see the change (difftest campaign L, seed 2002433).
from dataclasses import dataclass, field

G = [1]
S = {1}


class Box:
    def __init__(self) -> None:
        self.xs = G
        self.s = S
        self.d = {"k": G}
        self.grid = [G, [9]]


b = Box()
b.xs += [2]
b.xs *= 2
b.s |= {2}
b.s -= {1}
print(G, b.xs, S, b.s)
b.d["k"] += [3]
b.grid[0] += [4]
print(G, b.grid[1])
alias = b.grid[1]
b.grid[1] *= 3
print(alias)
for i in range(2):
    b.grid[i] += [i]
print(b.grid, G is b.xs)


@dataclass(frozen=True, eq=False)
class Frozen:
    items: list[int] = field(default_factory=list)


f = Frozen()
try:
    f.items += [5]
except AttributeError as e:
    print("frozen:", e, f.items)

try:
    b.grid[5] += [1]
except IndexError as e:
    print(e)
