# expect: error[call] 9:7
from enum import Enum


class Color(Enum):
    RED = 1


print(Color())
