from typing import Protocol, TypeVar, Generic


T = TypeVar("T")
U = TypeVar("U")


class SupportsGet(Protocol[T]):
    def get(self) -> T: ...


class Named(Protocol):
    name: str


class Labelled(Named, Protocol):
    def label(self) -> str: ...


class IntBox:
    def __init__(self, v: int) -> None:
        self.v = v

    def get(self) -> int:
        return self.v


class StrBox:
    def get(self) -> str:
        return "s"


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Item:
    def __init__(self, name: str) -> None:
        self.name = name

    def label(self) -> str:
        return "<" + self.name + ">"


def fetch(s: SupportsGet[U]) -> list[U]:
    return [s.get(), s.get()]


def twice(s: SupportsGet[int]) -> int:
    return s.get() * 2


def show(x: Labelled) -> None:
    print(x.name, x.label())


print(fetch(IntBox(4)))
print(fetch(StrBox()))
print(fetch(Box(2.5)))
print(fetch(Box[list[int]]([1])))
print(twice(IntBox(21)))
show(Item("pen"))
