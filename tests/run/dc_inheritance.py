# Dataclass inheritance: inherited fields first, generated comparisons apply only to the same class.
from dataclasses import dataclass


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Child(Base):
    z: str = "a"


b = Base(1)
c = Child(1, 2, "q")
print(b, c, c == Child(1, 2, "q"), b == Base(1, 0))
items: list[Base] = [b, c]
print(items)
print(b == Child(1, 0), Child(1, 0) == b, b != Child(1, 0))


@dataclass(order=True)
class V:
    a: int


@dataclass(order=True)
class W(V):
    pass


print(V(1) < V(2), W(1) < W(2))
try:
    print(V(1) < W(2))
except TypeError as e:
    print("TypeError", e)
