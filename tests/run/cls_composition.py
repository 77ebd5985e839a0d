# Objects as fields of other objects: an engine inside a car, a list of wheels, and a garage owning cars.


class Engine:
    def __init__(self, hp: int) -> None:
        self.hp = hp
        self.running = False

    def start(self) -> str:
        if self.running:
            return "already running"
        self.running = True
        return "vroom"


class Wheel:
    def __init__(self, pressure: float) -> None:
        self.pressure = pressure

    def ok(self) -> bool:
        return 30.0 <= self.pressure <= 35.0


class Car:
    def __init__(self, name: str, engine: Engine) -> None:
        self.name = name
        self.engine = engine
        self.wheels = [Wheel(32.0), Wheel(32.0), Wheel(28.5), Wheel(36.0)]

    def status(self) -> str:
        flat = [i for i, w in enumerate(self.wheels) if not w.ok()]
        return f"{self.name}: {self.engine.hp}hp running={self.engine.running} bad wheels={flat}"

    def inflate_all(self, target: float) -> None:
        for w in self.wheels:
            w.pressure = target


class Garage:
    def __init__(self) -> None:
        self.cars: list[Car] = []

    def park(self, car: Car) -> None:
        self.cars.append(car)

    def total_hp(self) -> int:
        return sum([c.engine.hp for c in self.cars])

    def running_names(self) -> list[str]:
        return [c.name for c in self.cars if c.engine.running]


def main() -> None:
    e = Engine(150)
    a = Car("alpha", e)
    b = Car("beta", Engine(300))
    print(a.status())
    print(a.engine.start(), a.engine.start())
    print(a.status(), e.running)
    a.wheels[2].pressure += 3.0
    print(a.status(), a.wheels[2].pressure)
    a.inflate_all(33.0)
    print(a.status())
    c = Car("gamma", e)
    print(c.status())
    g = Garage()
    for car in [a, b, c]:
        g.park(car)
    print(g.total_hp(), g.running_names())
    b.engine.start()
    g.cars[2].engine.hp = 175
    print(g.total_hp(), g.running_names(), a.engine.hp)
    print([w.pressure for w in g.cars[1].wheels])


if __name__ == "__main__":
    main()
