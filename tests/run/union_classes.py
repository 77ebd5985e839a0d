# Unions of unrelated classes: attributes and methods every member has are
# dispatched on the object's class; isinstance narrows to one member.
from typing import Any


class Cat:
    def __init__(self, name: str) -> None:
        self.name = name
        self.lives = 9

    def speak(self) -> str:
        return self.name + " says meow"

    def __repr__(self) -> str:
        return f"Cat({self.name!r})"


class Dog:
    def __init__(self, name: str, good: bool) -> None:
        self.name = name
        self.good = good

    def speak(self) -> str:
        return self.name + " says woof"

    def __repr__(self) -> str:
        return f"Dog({self.name!r})"


class Puppy(Dog):
    def speak(self) -> str:
        return self.name + " says yip"


def describe(p: Cat | Dog) -> str:
    if isinstance(p, Cat):
        return p.name + " has " + str(p.lives) + " lives"
    return p.name + (" is good" if p.good else " is not good")


def find(pets: list[Cat | Dog], name: str) -> Cat | Dog | None:
    for p in pets:
        if p.name == name:
            return p
    return None


pets: list[Cat | Dog] = [Cat("tom"), Dog("rex", True), Puppy("bit", False)]
print(pets)
for p in pets:
    print(p.speak(), "|", describe(p), "|", p.name)


def greet(name: str) -> None:
    found = find(pets, name)
    print(found)
    if found is not None:
        print(found.speak())


greet("rex")
greet("nobody")


def any_name(x: Any) -> Any:
    return x.name


print(any_name(Cat("a")), any_name(Puppy("b", True)))
print(type(pets[0]).__name__, type(pets[2]).__name__)
things: list[Any] = [Cat("c"), 3, "s"]
for t in things:
    print(type(t).__name__)
print(any_name(5))
