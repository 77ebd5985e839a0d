# expect: error[unsupported] 7:13
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 1 + 1
