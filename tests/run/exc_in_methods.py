# Exceptions raised from __init__ and methods: a failed constructor leaves no object, a failed method leaves state unchanged.


class NegativeError(Exception):
    pass


class Tank:
    CAPACITY = 100

    def __init__(self, name: str, level: int) -> None:
        if level < 0:
            raise NegativeError(f"{name}: negative level {level}")
        if level > Tank.CAPACITY:
            raise ValueError(f"{name}: over capacity ({level})")
        self.name = name
        self.level = level

    def fill(self, amount: int) -> int:
        if amount < 0:
            raise NegativeError("fill amount must be positive")
        if self.level + amount > self.CAPACITY:
            raise ValueError(f"{self.name} would overflow by {self.level + amount - self.CAPACITY}")
        self.level += amount
        return self.level

    def drain(self, amount: int) -> int:
        if amount > self.level:
            raise ValueError(f"{self.name} has only {self.level}")
        self.level -= amount
        return self.level


def main() -> None:
    tanks: list[Tank] = []
    for name, lvl in [("a", 10), ("b", -5), ("c", 150), ("d", 100)]:
        try:
            tanks.append(Tank(name, lvl))
            print("built", name)
        except NegativeError as e:
            print("NegativeError:", e)
        except ValueError as e:
            print("ValueError:", e)
    print([t.name for t in tanks])
    a = tanks[0]
    for op, amt in [("fill", 50), ("fill", 45), ("drain", 70), ("drain", 60), ("fill", -1), ("fill", 40)]:
        try:
            r = a.fill(amt) if op == "fill" else a.drain(amt)
            print(op, amt, "->", r)
        except (ValueError, NegativeError) as e:
            print(op, amt, "failed:", type(e).__name__, e, "| level still", a.level)
    print("final", a.name, a.level, tanks[1].level)


if __name__ == "__main__":
    main()
