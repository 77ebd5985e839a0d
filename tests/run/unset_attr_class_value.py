# A class attribute with an annotation (`n: int = 3`) that methods assign on
# `self`: reads find the instance's value once it is set, and the class's
# before (and after `del`), as CPython's attribute lookup does.
from typing import Optional


class Counter:
    n: int = 3
    label: str = "counter"
    last: Optional[int] = None
    tags: list[str]

    def bump(self) -> None:
        self.n += 1
        self.last = self.n

    def rename(self, s: str) -> None:
        self.label, self.tags = s, [s]


a = Counter()
b = Counter()
print(a.n, a.label, a.last, Counter.n)
a.bump()
a.bump()
print(a.n, a.last, b.n, b.last, Counter.n)
b.rename("b")
print(a.label, b.label, b.tags, Counter.label)
del a.n
print(a.n, a.last)
try:
    print(a.tags)
except AttributeError as e:
    print(e)


class Sub(Counter):
    def __init__(self) -> None:
        self.extra = 1


s = Sub()
print(s.n, s.label)
s.bump()
print(s.n, Sub.n, s.extra)


# Assigned and deleted only from outside the class (found by difftest
# campaign L: seeds 2000001 and 2000200 were refused).
class Plain:
    key: Optional[str] = None
    size: float = 0.5

    def __init__(self, n: int) -> None:
        self.n = n


p = Plain(1)
print(p.key, p.size)
p.key = "k"
print(p.key, Plain.key)
try:
    del p.size
except AttributeError as e:
    print(e)
p.size = 1.5
del p.size
print(p.size)
