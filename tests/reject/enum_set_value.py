# expect: error[type] 9:11
from enum import Enum


class Color(Enum):
    RED = 1


Color.RED.value = 3
