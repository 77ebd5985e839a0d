from typing import Iterator


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name


class Circle(Shape):
    __match_args__ = ("r",)

    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r


class Rect(Shape):
    __match_args__ = ("w", "h")

    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h


class Plain:
    def __init__(self, v: int) -> None:
        self.v = v


def area(s: Shape) -> float:
    match s:
        case Circle(r):
            return 3.0 * r * r
        case Rect(w, h) if w == h:
            print("square", s.w)
            return w * w
        case Rect(w=w, h=h):
            return w * h
        case Shape(name=n):
            print("plain shape", n)
            return 0.0
    return -1.0


for s in [Circle(1.0), Rect(2.0, 2.0), Rect(2.0, 3.0), Shape("blob")]:
    print(area(s))


class Stack:
    def __init__(self) -> None:
        self.items: list[int] = []

    def run(self, cmds: list[str]) -> None:
        for c in cmds:
            match c.split():
                case ["push", n]:
                    self.items.append(int(n))
                case ["pop"]:
                    print("popped", self.items.pop())
                case ["add"]:
                    b = self.items.pop()
                    a = self.items.pop()
                    self.items.append(a + b)
                case ["show"]:
                    print(self.items)
                case [bad, *args]:
                    print("bad command", bad, args)
                case []:
                    print("blank")


Stack().run(["push 1", "push 2", "add", "show", "frob 1 2", "", "push 7", "pop"])


def gen(xs: list[tuple[str, int]]) -> Iterator[int]:
    for x in xs:
        match x:
            case ("double", n):
                yield n * 2
            case ("skip", _):
                continue
            case (_, n):
                yield n


print(list(gen([("double", 3), ("skip", 9), ("id", 4)])))


def outer(v: int) -> int:
    total = 0

    def add(k: int) -> None:
        nonlocal total
        match k:
            case 0:
                total += 100
            case k2:
                total += k2

    for i in range(v):
        add(i)
    return total


print(outer(4))

try:
    match Plain(1):
        case Plain(1):
            print("matched?")
except TypeError as e:
    print("TypeError:", e)

try:
    match Circle(2.0):
        case Circle(1.0, 2.0):
            print("matched?")
except TypeError as e:
    print("TypeError:", e)

try:
    match Circle(2.0):
        case Circle(2.0, r=2.0):
            print("matched?")
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case int(1, 2):
            print("?")
except TypeError as e:
    print("TypeError:", e)

match Plain(3):
    case Rect():
        print("no")
    case Plain(v=3) as p:
        print("plain", p.v)


def risky(xs: list[int]) -> int:
    match xs:
        case [a, b]:
            return a // b
        case _:
            return 0


print(risky([6, 3]))
print(risky([1, 0]))
