from typing import Optional


def a(o: Optional[int]) -> str:
    match o:
        case None | 0:
            return "falsy"
        case 1 | 2:
            return "small"
        case int(n):
            return f"int {n}"
    return "?"


def b(o: Optional[bool]) -> str:
    match o:
        case True | None:
            return "true or none"
        case False:
            return "false"
    return "?"


def c(x: str) -> str:
    match x:
        case bytes():
            return "bytes"
        case str() if x:
            return "text"
    return "empty"


print(a(None), a(0), a(2), a(7), b(True), b(None), b(False), c("x"), c(""))
