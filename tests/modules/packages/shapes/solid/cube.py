print("module", __name__)
from ..square import area, label
from .. import square
from . import faces


def volume(side: int) -> int:
    return area(side) * side


def describe() -> str:
    return label() + " -> cube with " + str(faces.COUNT) + " faces, " + str(square.area(1))
