# expect: error[syntax] 11:19
from dataclasses import dataclass


@dataclass
class P:
    x: int


match P(1):
    case P(x=1, x=2):
        pass
