# expect: error[unsupported] 8:12
from enum import Enum, auto


class Color(Enum):
    RED = 5
    GREEN = 1
    BLUE = auto()
