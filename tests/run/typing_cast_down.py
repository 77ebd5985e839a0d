# typing.cast from a base class to a subclass.
from typing import cast


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name


class Dog(Animal):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.tricks = 3


def tricks(a: Animal) -> int:
    d = cast(Dog, a)
    return d.tricks


def names(xs: list[Animal]) -> list[str]:
    return [cast(Dog, x).name.upper() for x in xs if isinstance(x, Dog)]


print(tricks(Dog("rex")), names([Dog("a"), Animal("b"), Dog("c")]))
