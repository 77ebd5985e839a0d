# Property setters and deleters: validation in the setter, computed
# properties with a setter, augmented assignment through a property,
# deleters, inheritance of accessors, and a setter raising ValueError.


class Temperature:
    def __init__(self, celsius: float) -> None:
        self._c = 0.0
        self.celsius = celsius
        self.log: list[str] = []

    @property
    def celsius(self) -> float:
        return self._c

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError(f"temperature below absolute zero: {value}")
        self._c = value

    @property
    def fahrenheit(self) -> float:
        return self._c * 9.0 / 5.0 + 32.0

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32.0) * 5.0 / 9.0

    @property
    def note(self) -> str:
        return ",".join(self.log) if self.log else "-"

    @note.deleter
    def note(self) -> None:
        self.log.clear()


class Reading(Temperature):
    def label(self) -> str:
        return f"{self.celsius:.1f}C/{self.fahrenheit:.1f}F"


t = Temperature(20.0)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212.0
print(t.celsius)
t.celsius += 5.0
print(t.celsius, t.note)
t.log.append("a")
t.log.append("b")
print(t.note)
del t.note
print(t.note)
r = Reading(-40.0)
print(r.label())
r.fahrenheit = 32.0
print(r.label())
try:
    r.celsius = -300.0
except ValueError as e:
    print("ValueError:", e)
print(r.label())
t.celsius = -500.0
