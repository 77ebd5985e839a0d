from typing import Optional


class Color:
    RED = "red"
    BLUE = "blue"


def f(o: Optional[int], s: Optional[str]) -> str:
    match o:
        case 5:
            r = "five"
        case None:
            r = "none"
        case x if x is not None and x > 10:
            r = f"big {x}"
        case _:
            r = "other"
    match s:
        case Color.RED:
            return r + " red"
        case "x" | "y":
            return r + " xy"
    return r


print(f(5, "red"), f(None, "x"), f(11, None), f(1, "blue"))

total = 0


def add_to_total(xs: list[int]) -> None:
    global total
    match xs:
        case [total]:
            pass
        case [a, b]:
            total = a + b


add_to_total([4])
print(total)
add_to_total([4, 6])
print(total)


def make_adders(specs: list[tuple[str, int]]) -> list[int]:
    out = []
    for spec in specs:
        match spec:
            case ("double", n):
                def apply(k: int) -> int:
                    return k * 2
                out.append(apply(n))
            case (_, n):
                out.append(n)
    return out


print(make_adders([("double", 4), ("id", 3)]))


def opt_list(xs: Optional[list[int]]) -> int:
    match xs:
        case None:
            return -1
        case [n, *_]:
            return n
        case []:
            return 0
    return -2


print(opt_list(None), opt_list([7, 8]), opt_list([]))
