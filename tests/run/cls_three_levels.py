# Three levels of inheritance: methods inherited from the grandparent, overridden in the middle or at the leaf, super() chains.


class Vehicle:
    def __init__(self, name: str, wheels: int) -> None:
        self.name = name
        self.wheels = wheels

    def describe(self) -> str:
        return f"{self.name}({self.wheels} wheels)"

    def toll(self) -> int:
        return 2 * self.wheels

    def category(self) -> str:
        return "vehicle"

    def label(self) -> str:
        return self.category() + ":" + self.describe()


class Car(Vehicle):
    def __init__(self, name: str, seats: int) -> None:
        super().__init__(name, 4)
        self.seats = seats

    def toll(self) -> int:
        return super().toll() + self.seats

    def category(self) -> str:
        return "car"


class SportsCar(Car):
    def __init__(self, name: str, hp: int) -> None:
        super().__init__(name, 2)
        self.hp = hp

    def toll(self) -> int:
        return super().toll() * 2 + self.hp // 100

    def describe(self) -> str:
        return super().describe() + f" {self.hp}hp"


class Truck(Vehicle):
    def __init__(self, name: str, axles: int) -> None:
        super().__init__(name, axles * 2)
        self.axles = axles

    def category(self) -> str:
        return "truck"


def main() -> None:
    fleet: list[Vehicle] = [Vehicle("cart", 2), Car("sedan", 5), SportsCar("zoom", 450), Truck("hauler", 3)]
    for v in fleet:
        print(v.label(), v.toll())
    print(sum([v.toll() for v in fleet]))
    s = SportsCar("bolt", 720)
    print(s.name, s.wheels, s.seats, s.hp)
    print(isinstance(s, SportsCar), isinstance(s, Car), isinstance(s, Vehicle), isinstance(s, Truck))
    cars: list[Car] = []
    for v in fleet:
        if isinstance(v, Car):
            cars.append(v)
    print([c.name for c in cars], [c.seats for c in cars])
    print(s.label(), s.toll(), Car("mini", 4).toll())


if __name__ == "__main__":
    main()
