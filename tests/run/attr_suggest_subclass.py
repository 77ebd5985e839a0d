# The candidates are those of the object's runtime class, read through a
# variable typed with its base: the subclass's own fields and methods count.
class Animal:
    noise: str

    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return self.noise


class Dog(Animal):
    def __init__(self, name: str, loud: bool) -> None:
        super().__init__(name)
        self.noises = ["woof"]
        if loud:
            self.noise = "WOOF"

    def speak(self) -> str:
        return "woof"


class Cat(Animal):
    def __init__(self, name: str) -> None:
        super().__init__(name)

    def noisy(self) -> bool:
        return False


def hear(a: Animal) -> str:
    return a.sound()


print(hear(Dog("rex", True)))
try:
    print(hear(Dog("fido", False)))
except AttributeError:
    print(hear(Cat("tom")))
