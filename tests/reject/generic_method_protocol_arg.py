# expect: error[type] 19:18
from typing import Protocol


class Shape(Protocol):
    def area(self) -> float: ...


class Line:
    def length(self) -> float:
        return 1.0


class Tool:
    def use(self, s: Shape) -> float:
        return s.area()


print(Tool().use(Line()))
