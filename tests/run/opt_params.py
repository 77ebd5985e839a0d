# Optional parameters with None defaults: str, int, list and object arguments, replaced by fallbacks inside the function.
from typing import Optional


class Style:
    def __init__(self, prefix: str, width: int) -> None:
        self.prefix = prefix
        self.width = width


def greet(name: Optional[str] = None, punct: Optional[str] = None) -> str:
    n = name if name is not None else "world"
    p = "!" if punct is None else punct
    return "Hello, " + n + p


def total(xs: Optional[list[int]] = None, start: Optional[int] = None) -> int:
    acc = 0 if start is None else start
    if xs is None:
        return acc
    for x in xs:
        acc += x
    return acc


def render(text: str, style: Optional[Style] = None) -> str:
    if style is None:
        return text
    return style.prefix + text.rjust(style.width)


def append_to(v: int, acc: Optional[list[int]] = None) -> list[int]:
    if acc is None:
        acc = []
    acc.append(v)
    return acc


def main() -> None:
    print(greet(), greet("ann"), greet(punct="?"), greet("bob", "."), greet(None, "~"))
    print(total(), total([1, 2, 3]), total(start=10), total([5], 5), total(None, -1), total([]))
    st = Style("> ", 6)
    print(render("hi"), "|" + render("hi", st) + "|", render("longtext", Style("", 3)))
    print(render("x", None), render("y", style=st))
    a = append_to(1)
    b = append_to(2)
    print(a, b, a is b)
    shared: list[int] = []
    append_to(3, shared)
    append_to(4, shared)
    print(shared)
    opts: list[Optional[int]] = [None, 3, None, 0]
    print([total([1, 1], s) for s in opts])


if __name__ == "__main__":
    main()
