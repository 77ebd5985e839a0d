# Mixins: one class adds methods to several unrelated classes; the mixin
# reads fields and calls methods its hosts provide.


class Describable:
    def describe(self) -> str:
        return f"<{self.kind()}: {self.label()}>"

    def kind(self) -> str:
        return "thing"

    def label(self) -> str:
        return "?"


class Countable:
    def count_up(self, n: int) -> int:
        self.total = self.current() + n
        return self.total

    def current(self) -> int:
        return 0


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return "..."


class Dog(Animal, Describable, Countable):
    def kind(self) -> str:
        return "dog"

    def label(self) -> str:
        return self.name

    def sound(self) -> str:
        return "woof"


class Car(Describable):
    def __init__(self, model: str, km: int) -> None:
        self.model = model
        self.km = km

    def label(self) -> str:
        return f"{self.model} ({self.km} km)"


class Counter(Countable, Describable):
    def __init__(self) -> None:
        self.total = 5

    def current(self) -> int:
        return self.total


def show(x: Describable) -> None:
    print(x.describe())


d = Dog("rex")
show(d)
show(Car("beetle", 120))
c = Counter()
show(c)
print(c.count_up(3), c.count_up(4))
print(d.count_up(2), d.total, d.sound())
things: list[Describable] = [d, Car("mini", 5), c]
print([t.kind() for t in things])
counters: list[Countable] = [d, c]
print([k.current() for k in counters])
print(isinstance(d, Countable), isinstance(d, Describable), isinstance(d, Animal))
print(Dog.__mro__)
print(Counter.__mro__)
