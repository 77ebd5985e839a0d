from typing import Iterator


def pairs(n: int) -> Iterator[tuple[int, str]]:
    for i in range(n):
        yield (i, str(i * i))


def nested(n: int) -> Iterator[tuple[int, tuple[int, int]]]:
    for i in range(n):
        yield i, (i, -i)


def outer() -> Iterator[tuple[int, str]]:
    yield from pairs(2)
    yield (99, "x")


# Items kept after the generator has moved on are separate tuples.
kept = list(pairs(3))
print(kept)
g = pairs(4)
a = next(g)
b = next(g)
print(a, b, next(g, (-1, "none")), next(g), next(g, (-1, "none")))
print(list(nested(3)))
print(list(outer()))
print(dict(pairs(3)))
print(sorted(pairs(3), reverse=True))
print(list(zip(pairs(2), pairs(3))))
print(list(enumerate(pairs(2))))
print(sorted({t[0] for t in pairs(3)}))
seen: list[tuple[int, str]] = []
for t in pairs(3):
    seen.append(t)
print(seen)
h = (p for p in pairs(3) if p[0] != 1)
print(list(h))


def selfish() -> Iterator[int]:
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
