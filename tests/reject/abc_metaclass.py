# expect: error[unsupported] 5:13
from abc import ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self) -> float:
        return 0.0
