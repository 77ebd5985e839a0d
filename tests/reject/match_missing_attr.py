# expect: error[type] 12:23
from dataclasses import dataclass


@dataclass
class P:
    x: int


def f(p: P) -> None:
    match p:
        case P(x=0, z=1):
            pass
