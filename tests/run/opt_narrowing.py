# Narrowing Optional values: `is None`, `is not None`, truthiness, `isinstance`, `and` chains and conditional expressions.
from typing import Optional


class Box:
    def __init__(self, size: int) -> None:
        self.size = size


def size_or_zero(b: Optional[Box]) -> int:
    if b is None:
        return 0
    return b.size


def truthy_len(s: Optional[str]) -> int:
    if s:
        return len(s)
    return -1


def isinst(b: Optional[Box]) -> str:
    if isinstance(b, Box):
        return "box of " + str(b.size)
    return "no box"


def label(n: Optional[int]) -> str:
    if n is None:
        return "none"
    elif n > 0:
        return "pos"
    elif n == 0:
        return "zero"
    return "neg"


def main() -> None:
    boxes: list[Optional[Box]] = [Box(3), None, Box(0), Box(7)]
    print([size_or_zero(b) for b in boxes])
    print([isinst(b) for b in boxes])
    for b in boxes:
        if b is not None and b.size > 2:
            print("big", b.size)
        elif b:
            print("small", b.size)
        else:
            print("none")
    for s in ["abc", "", None, "x"]:
        print(repr(s), truthy_len(s))
    print([label(n) for n in [None, 5, 0, -2]])
    n: Optional[int] = None
    print(n is None, n is not None, n == None)
    n = 0
    print(n is None, n is not None, bool(n), "falsy zero" if not n else "truthy")
    sizes = [b.size for b in boxes if b is not None]
    print(sizes, len(sizes))
    biggest: Optional[Box] = None
    for b in boxes:
        if b is None:
            continue
        if biggest is None or b.size > biggest.size:
            biggest = b
    print(str(biggest.size) if biggest is not None else "empty")
    name: Optional[str] = "Ann"
    print(name.upper() if name else "?", (name or "default").lower())
    name = None
    print(name.upper() if name else "?", (name or "default").lower())


if __name__ == "__main__":
    main()
