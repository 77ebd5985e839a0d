# A subclass whose __init__ does not call super().__init__(): the base's
# attributes stay unset, and the error names the object's own class, from
# inside a method of the base.
class Base:
    def __init__(self) -> None:
        self.count = 1
        self.label = "base"

    def describe(self) -> str:
        return self.label + ":" + str(self.count)


class Child(Base):
    def __init__(self, label: str) -> None:
        self.label = label


def show(b: Base) -> None:
    print(b.describe())


show(Base())
show(Child("kid"))
