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
