from typing import Optional
from dataclasses import dataclass


@dataclass
class Box:
    item: Optional["Box"]
    label: str


def depth(b: Optional[Box]) -> int:
    match b:
        case None:
            return 0
        case Box(item=inner):
            return 1 + depth(inner)
    return -1


print(depth(Box(Box(Box(None, "c"), "b"), "a")))


def labels(b: Optional[Box]) -> list[str]:
    match b:
        case Box(None, l):
            return [l]
        case Box(Box() as inner, l):
            return [l] + labels(inner)
        case _:
            return []


print(labels(Box(Box(None, "y"), "x")))

x, y = 3, -3
match x, y:
    case (0, 0):
        print("origin")
    case (a, b) if a == -b:
        print("anti", a, b)

for v in [[1, 2, 3, 4, 5], [1], []]:
    match v:
        case [*_]:
            print("any list", len(v))
for v in [[1, 2, 3, 4, 5], [1, 2], [9]]:
    match v:
        case [_, _, *_]:
            print("two or more")
        case [*everything]:
            print("all", everything)

t: tuple[int, ...] = (1, 2, 3, 4, 5)
match t:
    case (a, *mid, b, c):
        print(a, mid, b, c)
match t:
    case (*front, 5):
        print("ends with five", front)

match (1, 2):
    case (*both,):
        print("both", both)


def nested_match(cmd: tuple[str, list[int]]) -> str:
    match cmd:
        case (verb, args):
            match verb:
                case "sum":
                    return str(sum(args))
                case "first":
                    match args:
                        case [f, *_]:
                            return str(f)
                        case []:
                            return "none"
            return "?"
    return "!"


print(nested_match(("sum", [1, 2])), nested_match(("first", [7, 8])), nested_match(("first", [])), nested_match(("x", [])))


def safe_div(pair: tuple[int, int]) -> str:
    try:
        match pair:
            case (a, 0):
                return f"{a} / 0 = {a // 0}"
            case (a, b):
                return f"{a // b}"
    except ZeroDivisionError as e:
        return f"caught {e}"
    return ""


print(safe_div((4, 2)), safe_div((1, 0)))

counter = 0


def bump() -> int:
    global counter
    counter += 1
    return counter


for _ in range(3):
    match bump():
        case 1:
            print("first call")
        case 2 | 3 as n:
            print("later call", n)
print("counter", counter)


def kind(o: object) -> str:
    match o:
        case Box(label="q"):
            return "q box"
        case Box():
            return "box"
        case object():
            return "object"
    return "?"


print(kind(Box(None, "q")), kind(Box(None, "r")))
