# Indexing a named tuple out of range at run time.
from collections import namedtuple

Pair = namedtuple("Pair", "left, right")


def pick(p: Pair, i: int) -> int:
    return p[i]


p = Pair(5, 6)
print(pick(p, 1), pick(p, -2))
print(pick(p, 2))
