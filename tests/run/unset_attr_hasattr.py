# hasattr() and getattr() with literal names on objects whose attributes
# may be unset.
from typing import Optional


class Lazy:
    kind: str = "lazy"
    cache: list[int]
    size: int

    def __init__(self, eager: bool) -> None:
        if eager:
            self.compute()
        self.always = 1

    def compute(self) -> None:
        self.cache = [1, 2, 3]
        self.size = 3

    def total(self) -> int:
        if not hasattr(self, "cache"):
            self.compute()
        return sum(self.cache)


def noisy(v: int) -> int:
    print("default evaluated", v)
    return v


for eager in [True, False]:
    z = Lazy(eager)
    print(hasattr(z, "cache"), hasattr(z, "size"), hasattr(z, "always"))
    print(hasattr(z, "kind"), hasattr(z, "total"), hasattr(z, "nothing"))
    print(getattr(z, "size", -1), getattr(z, "cache", [0]), getattr(z, "kind"))
    print(getattr(z, "size", noisy(7)), getattr(z, "nothing", "absent"))
    print(z.total(), hasattr(z, "cache"), getattr(z, "size"))
    del z.size
    print(hasattr(z, "size"), getattr(z, "size", 99))


class Opt:
    def __init__(self, b: bool) -> None:
        if b:
            self.o: Optional[int] = None


print(hasattr(Opt(True), "o"), hasattr(Opt(False), "o"))
print(getattr(Opt(True), "o", 5), getattr(Opt(False), "o", 5))
try:
    print(getattr(Opt(False), "o"))
except AttributeError as e:
    print("getattr:", e)
