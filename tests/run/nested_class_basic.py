# Classes nested in a class body: Outer.Inner in annotations,
# construction and isinstance, the plain name where the class body sees
# it, subclasses of nested classes, __name__ and __qualname__.
from dataclasses import dataclass


class Outer:
    class Inner:
        def __init__(self, v: int) -> None:
            self.v = v

        def show(self) -> str:
            return f"Inner({self.v})"

    @dataclass
    class Point:
        x: int
        y: int

    class Sub(Inner):
        def show(self) -> str:
            return "Sub" + str(self.v)

    default = Inner(7)

    def make(self, k: int) -> Inner:
        return Outer.Inner(k)

    def pt(self) -> "Outer.Point":
        return Outer.Point(1, 2)


x: Outer.Inner = Outer.Inner(1)
print(x.show(), x.v)
print(type(x).__qualname__, type(x).__name__, Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.default.show())
print(Outer().make(3).show())
print(Outer().pt())
items: list[Outer.Inner] = [Outer.Inner(2), Outer.Sub(5)]
for it in items:
    print(it.show(), type(it).__qualname__, type(it).__name__, it.__class__.__qualname__)
    print(isinstance(it, Outer.Sub), type(it) is Outer.Sub, type(it) == type(items[0]))
print(Outer.__qualname__, Outer.__name__)
print(type(items[0]) is type(items[1]), type(items[0]) != type(items[1]))
