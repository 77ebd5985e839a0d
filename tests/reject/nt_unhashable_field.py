# expect: error[type] 6:5
from typing import NamedTuple
class P(NamedTuple):
    xs: list[int]
print(P([1]))
s = {P([1])}
