# Unions of several types: assignment from each member, isinstance
# narrowing (also with tuples of types and early returns), printing,
# equality, hashing, and unions in containers, fields and results.
from typing import Optional, Union


def show(x: int | str) -> str:
    if isinstance(x, int):
        return "int:" + str(x * 10)
    return "str:" + x.upper()


def first_word(x: Union[str, list[str], None]) -> str:
    if x is None:
        return "-"
    if isinstance(x, str):
        return x.split()[0]
    return x[0]


def parse(s: str) -> int | float | str:
    if s.isdigit():
        return int(s)
    if "." in s:
        return float(s)
    return s


def kind(v: int | float | str | None) -> str:
    if isinstance(v, (int, float)):
        return "number " + str(v + 1)
    elif v is None:
        return "nothing"
    else:
        return "text " + v


class Box:
    def __init__(self, v: int | str) -> None:
        self.v = v

    def twice(self) -> int | str:
        v = self.v
        if isinstance(v, str):
            return v + v
        return v * 2


print(show(4), show("hi"))
print(first_word("hello world"), first_word(["x", "y"]), first_word(None))
for s in ["12", "3.5", "abc"]:
    p = parse(s)
    print(p, repr(p), f"{p}", str(p), kind(p))
print(kind(None))

xs: list[int | str] = [3, "a", 1, "b"]
print(xs, len(xs), xs[1], 3 in xs, "b" in xs, "z" in xs)
xs.append(9)
xs.append("z")
print(xs)
print([show(x) for x in xs])
counts: dict[int | str, int] = {}
for x in xs:
    counts[x] = counts.get(x, 0) + 1
counts[3] += 5
print(counts)
ys: list[int | str] = [3, "a", 1, "b", 9, "z"]
print(xs == ys, xs[0] == 3, xs[1] == "a", xs[0] == "3")

b = Box(5)
c = Box("ab")
print(b.twice(), c.twice(), b.v, c.v)
b.v = "now"
print(b.twice())



def narrowed_by_assignment() -> None:
    u: int | str = 1
    print(u + 1)
    u = "x"
    print(u.upper())
    w: Optional[Union[int, str]] = None
    print(w)
    w = 3
    print(w, w == 3, w + 1)


narrowed_by_assignment()


def total(vals: list[int | float]) -> float:
    t = 0.0
    for v in vals:
        if isinstance(v, int):
            t += float(v)
        else:
            t += v
    return t


print(total([1, 2.5, 3]))
pair: tuple[int | str, int] = ("k", 2)
print(pair, pair[0])
