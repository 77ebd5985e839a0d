# expect: error[type] 9:13
from enum import Enum


class Color(Enum):
    RED = 1


print(Color("RED"))
