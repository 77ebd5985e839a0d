# Finding (valid program rejected): a dataclass subclass loses the defaults of inherited fields.
# B(1) / B(1, c=2.0) are refused with "error[call]: __init__() missing 1 required argument: 'w'".
# CPython: B(x=1, w='n', c=1.5, name=10) / B(x=1, w='n', c=2.0, name=10) / B(x=1, w='n', c=1.5, name=3)
from dataclasses import dataclass


@dataclass
class A:
    x: int
    w: str = "n"
    c: float = 1.5


@dataclass
class B(A):
    name: int = 10


print(B(1))
print(B(1, c=2.0))
print(B(1, name=3))
