class Named:
    def __init__(self, name: str) -> None:
        self.name = name

    def label(self) -> str:
        return f"[{self.name}]"


class Area:
    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"area {self.area():.2f}"
