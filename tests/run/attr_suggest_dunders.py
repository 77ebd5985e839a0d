# dir(obj) holds what CPython's classes add: __annotations__ for a class
# with annotations in its body, __match_args__ and friends for a dataclass,
# args for an exception. Each exception of the chain has its suggestion.
from dataclasses import dataclass


class Plain:
    kind: str = "plain"

    def __init__(self, flag: bool) -> None:
        if flag:
            self.annotations = 1


@dataclass
class Point:
    x: int
    y: int = 0

    def tag(self, flag: bool) -> None:
        if flag:
            self.match_args = 1


class Problem(Exception):
    def __init__(self, msg: str, flag: bool) -> None:
        super().__init__(msg)
        if flag:
            self.arg = msg


p = Point(1)
p.tag(False)
try:
    print(Plain(False).annotations)
except AttributeError:
    try:
        print(Problem("bad", False).arg)
    except AttributeError:
        print(p.match_args)
