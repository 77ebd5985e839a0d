from dataclasses import dataclass

LIMIT = 10


@dataclass
class Point:
    x: int
    y: int


def where(p: Point) -> str:
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return "diagonal"
        case _:
            return "elsewhere"
