# A dataclass subclass keeps the defaults of the fields it inherits.
from dataclasses import dataclass


@dataclass
class A:
    x: int
    w: str = "n"
    c: float = 1.5


@dataclass
class B(A):
    name: int = 10


@dataclass
class C(B):
    w: str = "override"


print(B(1))
print(B(1, c=2.0))
print(B(1, name=3))
print(C(2), C(2, "w", 0.5, 7))
