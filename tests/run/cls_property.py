# Read-only @property getters: computed values, properties calling properties, and use in expressions.
import math


class Circle:
    def __init__(self, r: float) -> None:
        self._r = r

    @property
    def radius(self) -> float:
        return self._r

    @property
    def diameter(self) -> float:
        return self.radius * 2.0

    @property
    def area(self) -> float:
        return math.pi * self._r * self._r

    def scale(self, k: float) -> None:
        self._r *= k


class Person:
    def __init__(self, first: str, last: str, born: int) -> None:
        self.first = first
        self.last = last
        self.born = born

    @property
    def full_name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def initials(self) -> str:
        return self.first[0] + "." + self.last[0] + "."

    @property
    def age_in_2024(self) -> int:
        return 2024 - self.born

    @property
    def is_adult(self) -> bool:
        return self.age_in_2024 >= 18


def main() -> None:
    c = Circle(1.5)
    print(c.radius, c.diameter, round(c.area, 4))
    c.scale(2.0)
    print(c.radius, c.diameter, round(c.area, 4))
    circles = [Circle(float(i)) for i in range(1, 5)]
    print([x.diameter for x in circles])
    print(f"{sum([x.area for x in circles]):.3f}")
    biggest = max(circles, key=lambda x: x.area)
    print(biggest.radius)
    people = [Person("Ada", "Lovelace", 1815), Person("Tim", "Berners-Lee", 1955), Person("Kid", "Example", 2010)]
    for p in people:
        print(p.full_name, p.initials, p.age_in_2024, p.is_adult)
    adults = [p.first for p in people if p.is_adult]
    print(adults)
    people[2].born = 2000
    print(people[2].age_in_2024, people[2].is_adult)
    print(sorted([p.full_name for p in people], key=len))


if __name__ == "__main__":
    main()
