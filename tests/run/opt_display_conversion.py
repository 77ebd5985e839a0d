# A display whose elements convert to the expected element type is built
# with that type: list/set/dict/tuple displays of T (or None) where
# containers of `T | None` (or of a base class) are expected.
# (Found by difftest: findings/rejected_list_of_optional.py.)
from typing import Optional


class Base:
    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        return f"Base({self.n})"


class Sub(Base):
    def __repr__(self) -> str:
        return f"Sub({self.n})"


def total(xs: list[Optional[int]]) -> int:
    t = 0
    for x in xs:
        if x is not None:
            t += x
    return t


def pairs() -> list[Optional[tuple[int, str]]]:
    return [(1, "a"), None, (2, "b")]


def names() -> dict[str, Optional[list[int]]]:
    return {"a": [1, 2], "b": None, "c": []}


xs: list[Optional[int]] = [1, 2]
xs.append(None)
ys: list[Optional[int]] = [None]
print(xs, ys, total(xs), total([3, 4]), total([]))
grid: list[list[Optional[float]]] = [[1.5, 2.0], [3.0], []]
grid[2].append(None)
print(grid)
d: dict[str, Optional[int]] = {"x": 1, "y": 2}
d["z"] = None
print(d, d.get("z"), d.get("x"))
s: set[Optional[str]] = {"only"}
s.add(None)
print(len(s), None in s, "only" in s)
print(pairs(), names())
objs: list[Optional[Base]] = [Sub(1), Base(2)]
objs.append(None)
print(objs)
t: tuple[Optional[int], str] = (5, "five")
print(t)


def swap() -> None:
    o: Optional[str] = "a"
    s = "b"
    if o is not None:
        o, s = s, o
        print(len(o), s)
    o = None
    print(o)


swap()


# Comprehensions where the container type is known (an annotated assignment,
# a return) are built with that type.
def evens(n: int) -> list[Optional[int]]:
    return [i if i % 2 == 0 else None for i in range(n)] if n > 3 else [i for i in range(n)]


def halves(n: int) -> dict[int, Optional[float]]:
    return {i: i / 2 for i in range(n)}


def subs(n: int) -> list[Base]:
    return [Sub(i) for i in range(n)]


zs: list[Optional[int]] = [n * 2 for n in range(3)]
zs.append(None)
print(zs, evens(5), evens(2))
hs = halves(3)
hs[9] = None
print(hs)
ss: set[Optional[str]] = {c for c in "aab"}
ss.add(None)
print(len(ss), None in ss)
bs = subs(2)
bs.append(Base(7))
print(bs)


# A conditional expression whose branches are a list of the base class and a
# display of subclass instances has the base class's list type.
def either(flag: bool) -> None:
    bases = [Base(3), Base(1)]
    chosen = sorted(bases, key=lambda b: b.n) if flag else [Sub(5), Sub(6)]
    chosen.append(Base(9))
    print(chosen)
    other = [Sub(0)] if flag else bases
    print(other)


either(True)
either(False)


# New lists of subclass instances made by slicing, copying, sorting and
# concatenation may be seen as lists of the base class (found by difftest,
# seeds 1008392 and 1009466).
def fresh_lists() -> None:
    subs = [Sub(4), Sub(2), Sub(3)]
    a: list[Base] = subs[:2]
    b: list[Base] = sorted(subs, key=lambda s: s.n)
    c: list[Base] = list(reversed(subs))[:5]
    d: list[Base] = subs + subs[1:]
    for xs in (a, b, c, d):
        xs.append(Base(0))
        print(xs)
    print(subs)


fresh_lists()


# `+` of a new list of subclass instances and a list of the base class
# (found by difftest, seed 1303545).
def joined() -> None:
    bases = [Base(1)]
    xs: list[Base] = [Sub(2)] + bases
    ys = bases + [Sub(3), Sub(4)]
    ys.append(Base(5))
    print(xs, ys)


joined()
