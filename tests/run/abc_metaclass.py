import abc
from abc import ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self) -> float: ...

    def describe(self) -> str:
        return f"{type(self).__name__} with area {self.area()}"


class Other(metaclass=abc.ABCMeta):
    @property
    @abstractmethod
    def name(self) -> str: ...


class Square(Shape):
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s * self.s


class Named(Other):
    @property
    def name(self) -> str:
        return "named"


print(Square(2.0).describe())
print(Named().name)
try:
    Shape()
except TypeError as e:
    print(e)
try:
    Other()
except TypeError as e:
    print(e)
