# expect: error[unsupported] 5:7
from enum import Enum


class Mixed(Enum):
    A = 1
    B = "b"
