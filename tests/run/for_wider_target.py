# A loop variable declared wider than the elements (Optional, a base class)
# takes each element converted.

from typing import Optional


class Base:
    def name(self) -> str:
        return "base"


class Sub(Base):
    def name(self) -> str:
        return "sub"


def last(xs: list[Sub]) -> str:
    b: Base = Base()
    for b in xs:
        print(b.name())
    return b.name()


print(last([Sub(), Sub()]))
print(last([]))
o: Optional[int] = None
for o in range(3):
    if o == 1:
        break
print(o)
n: Optional[int] = None
for n in []:
    pass
print(n)
pairs = [(1, 2)]
a: Optional[int] = None

o: Optional[int] = None
for o in [1, 2]:
    print(o + 1)
print(o)
xs: list[Optional[int]] = [None]
for o in xs:
    print(o)
pairs = [(1, 2)]
a: Optional[int] = None
for a, c in pairs:
    print(a + c)
print(a)
b2: Base = Base()
q: Optional[int] = None
for (b2, (q, w)) in [(Sub(), (1, 2)), (Sub(), (3, 4))]:
    print(b2.name(), q + w)
print(b2.name(), q)
