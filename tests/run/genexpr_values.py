from typing import Generator, Iterable, Iterator


def total(xs: Iterable[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def firsts(it: Iterator[str], n: int) -> list[str]:
    out: list[str] = []
    for _ in range(n):
        out.append(next(it, "<none>"))
    return out


def gen_param(g: Generator[float, None, None]) -> float:
    return sum(g)


def scaled(xs: list[int], k: int, t: int) -> Iterator[int]:
    return (x * k for x in xs if x > t)


xs = [3, 1, 4, 1, 5, 9, 2, 6]
k = 10
g = (x * k for x in xs if x > 2)
print(next(g))
k = 100
print(list(g))
print(total(x + 1 for x in range(4)))
print(firsts((w.upper() for w in ["a", "b"]), 3))
print(gen_param(x / 2 for x in xs))
print(list(scaled(xs, 3, 4)))

# The first iterable is evaluated at once, the others lazily.
ys = [1, 2]
pairs = ((a, b) for a in ys for b in ys)
ys = [7, 8, 9]
print(list(pairs))

# Iterator calls as the first iterable: their arguments now.
names = ["x", "y", "z"]
e = (f"{i}:{n}" for i, n in enumerate(names, 1))
names = []
print(list(e))
d = {"a": 1, "b": 2}
items = (k2 + str(v) for k2, v in d.items())
print(list(items))
z = (a * b for a, b in zip([1, 2, 3], [4, 5, 6]))
print(list(z))
m = (s for s in map(lambda q: q * q, [1, 2, 3]))
print(list(m))

# for loops over generator expressions, nested ones.
for v in (c * 2 for c in "ab"):
    print(v)
inner = (x for x in range(5))
outer = (y * y for y in inner if y % 2 == 0)
print(list(outer))
print(list(inner))

# Exhaustion and next() with a default.
h = (n for n in [1])
print(next(h), next(h, -1))
try:
    next(h)
except StopIteration:
    print("stopped")

# Generator expressions inside functions capture through cells.


def make(n: int) -> Iterator[int]:
    base = n
    g2 = (base + i for i in range(3))
    base = 1000
    return g2


print(list(make(5)))


class Box:
    def __init__(self, items: list[int]) -> None:
        self.items = items

    def evens(self) -> Iterator[int]:
        return (i for i in self.items if i % 2 == 0)


print(list(Box([1, 2, 3, 4]).evens()))
print(sorted((x for x in xs), reverse=True))
print(max(len(w) for w in ["aa", "b"]))
acc: Iterator[int] = (i for i in [])
print(list(acc))
