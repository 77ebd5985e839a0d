from typing import Protocol, runtime_checkable


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: ...

    def wave(self) -> str: ...


class Door:
    def close(self) -> None:
        print("door closed")


class Person:
    def greet(self) -> str:
        return "hi"


class Friendly(Person):
    def wave(self) -> str:
        return "o/"


def check(p: Person) -> bool:
    return isinstance(p, Greeter)


print(isinstance(Door(), Closer))
print(isinstance(Person(), Closer))
print(isinstance(Person(), Greeter))
print(isinstance(Friendly(), Greeter))
print(check(Person()), check(Friendly()))
print(isinstance(3, Closer), isinstance("x", Greeter))
d: Door | None = None
print(isinstance(d, Closer))
d = Door()
print(isinstance(d, Closer))
