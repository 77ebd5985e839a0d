# Read-only abstract collections are covariant: a list[Dog] is an
# Iterable[Animal] and a Sequence[Animal].
from typing import Iterable, Sequence


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return "..."


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


def chorus(xs: Iterable[Animal]) -> str:
    return " ".join(a.name + ":" + a.sound() for a in xs)


def first(xs: Sequence[Animal]) -> Animal:
    return xs[0]


dogs = [Dog("rex"), Dog("fido")]
print(chorus(dogs), chorus([Animal("cat")]), first(dogs).name, first(dogs).sound())
