print("module", __name__)
from . import VERSION


def area(side: int) -> int:
    return side * side


def label() -> str:
    return "square v" + VERSION
