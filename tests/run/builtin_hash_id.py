from dataclasses import dataclass

@dataclass(frozen=True)
class P:
    x: int
    y: int

class Q:
    def __init__(self, v: int) -> None:
        self.v = v
    def __hash__(self) -> int:
        return self.v * 7

print(hash(1), hash(-1), hash(0), hash(2**61), hash(2**62 + 5), hash(-2**62 * 2))
print(hash(1.5), hash(-0.0), hash(1e300), hash(float("inf")), hash(float("-inf")), hash(2.0))
print(hash(True), hash(False), hash(None) != 0)
print(hash((1, 2)), hash(()), hash((1, (2.5, "a"))) == hash((1, (2.5, "a"))))
print(hash(P(1, 2)) == hash((1, 2)), hash(Q(3)))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(Q(1)) != 0)
print(hash("abc") == hash("ab" + "c"))
