# Dataclass repr of every field kind: str with quotes, float, bool, None via Optional, lists, dicts and tuples.
from dataclasses import dataclass
from typing import Optional


@dataclass
class Record:
    label: str
    weight: float
    active: bool
    parent: Optional[str]
    tags: list[str]
    counts: dict[str, int]
    span: tuple[int, int]


@dataclass
class Wrapper:
    inner: Optional[Record]
    note: str = ""


def main() -> None:
    r = Record("plain", 1.0, True, None, [], {}, (0, 0))
    print(r)
    r2 = Record("it's \"quoted\"", 1e-7, False, "root", ["a", "b"], {"x": 1}, (-1, 2))
    print(r2)
    r3 = Record("big", 12345678901.5, True, "", ["a\nb"], {"k": -3, "j": 0}, (3, 4))
    print(r3)
    print(repr(r3.label), r3.weight, r3.parent == "", r3.tags)
    w = Wrapper(None)
    print(w)
    w2 = Wrapper(r, "has inner")
    print(w2)
    print(w == Wrapper(None, ""), w2.inner == r)
    print([Wrapper(None, str(i)) for i in range(2)])
    r.tags.append("late")
    r.parent = "p"
    print(w2)


if __name__ == "__main__":
    main()
