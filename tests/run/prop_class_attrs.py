# Class attributes read through the class and instances and written
# through the class (seen by every instance), ClassVar annotations,
# type(obj) / obj.__class__ comparisons and names, also with two bases.
from typing import ClassVar


class Counter:
    count = 0
    limit: ClassVar[int] = 10
    names: ClassVar[list[str]] = []

    def __init__(self, name: str) -> None:
        Counter.count += 1
        Counter.names.append(name)
        self.n = Counter.count

    def show(self) -> str:
        return f"{self.n}/{self.count}/{self.limit}"


class Sub(Counter):
    pass


class Other:
    pass


class Both(Sub, Other):
    pass


a = Counter("a")
b = Sub("b")
print(a.show(), b.show(), Counter.count, Counter.limit, Counter.names)
Counter.limit = 20
Counter.names += ["z"]
Counter.count -= 10
print(a.limit, b.limit, a.names, b.count, Sub.count, Sub.limit)


def kind(x: Counter) -> str:
    return f"{type(x).__name__} {x.__class__.__name__} {type(x) is Counter} {type(x) is Sub} {x.__class__ == Both} {type(x) is not Sub}"


for x in [a, b, Both("c")]:
    print(kind(x))
o = Other()
print(type(o) is Other, type(o) is Both, o.__class__.__name__)
