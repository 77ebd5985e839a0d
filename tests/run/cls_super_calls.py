# super().__init__(...) to initialise base fields and super().method() to extend an overridden method.


class Animal:
    def __init__(self, name: str, legs: int) -> None:
        self.name = name
        self.legs = legs
        self.log: list[str] = []

    def speak(self) -> str:
        return "..."

    def describe(self) -> str:
        return f"{self.name} has {self.legs} legs"

    def feed(self, amount: int) -> int:
        self.log.append(f"fed {amount}")
        return amount


class Dog(Animal):
    def __init__(self, name: str, breed: str) -> None:
        super().__init__(name, 4)
        self.breed = breed

    def speak(self) -> str:
        return "Woof"

    def describe(self) -> str:
        return super().describe() + f" and is a {self.breed}"

    def feed(self, amount: int) -> int:
        eaten = super().feed(amount * 2)
        self.log.append("wagged")
        return eaten


class Bird(Animal):
    def __init__(self, name: str, can_fly: bool) -> None:
        super().__init__(name, 2)
        self.can_fly = can_fly

    def speak(self) -> str:
        return "Tweet" if self.can_fly else "Squawk"

    def describe(self) -> str:
        base = super().describe()
        return base + (", flies" if self.can_fly else ", walks")


def main() -> None:
    zoo: list[Animal] = [Dog("Rex", "beagle"), Bird("Tweety", True), Bird("Pingu", False), Animal("Blob", 0)]
    for a in zoo:
        print(a.name, a.legs, a.speak(), "|", a.describe())
    for a in zoo:
        print(a.name, "ate", a.feed(3), a.log)
    d = Dog("Fido", "lab")
    d.feed(1)
    d.feed(5)
    print(d.log, d.breed, d.legs)
    print(sum([a.legs for a in zoo]))


if __name__ == "__main__":
    main()
