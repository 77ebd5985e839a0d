class Base:
    def hello(self) -> None:
        ...

    def area(self) -> float:
        return 1.0


class Sq(Base):
    def area(self) -> float:
        ...
        return 4.0


...
Base().hello()
print(Sq().area(), Base().area())
