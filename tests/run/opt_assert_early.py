# `assert x is not None` and early `if x is None: return ...` as ways to narrow Optional values.
from typing import Optional


class Config:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}
        self.parent: Optional[Config] = None

    def get(self, key: str) -> Optional[int]:
        if key in self.values:
            return self.values[key]
        if self.parent is None:
            return None
        return self.parent.get(key)


def required(c: Config, key: str) -> int:
    v = c.get(key)
    assert v is not None, "missing " + key
    return v * 2


def ratio(a: Optional[int], b: Optional[int]) -> Optional[float]:
    if a is None or b is None:
        return None
    if b == 0:
        return None
    return a / b


def first_word(s: Optional[str]) -> str:
    if s is None:
        return "<none>"
    words = s.split()
    if not words:
        return "<blank>"
    return words[0]


def main() -> None:
    base = Config()
    base.values["port"] = 80
    base.values["debug"] = 0
    child = Config()
    child.parent = base
    child.values["port"] = 8080
    for k in ["port", "debug", "missing"]:
        print(k, base.get(k), child.get(k))
    print(required(child, "port"), required(child, "debug"))
    try:
        print(required(child, "missing"))
    except AssertionError as e:
        print("assertion:", e)
    print(ratio(1, 4), ratio(None, 4), ratio(3, None), ratio(3, 0), ratio(-9, 3))
    print(first_word(None), first_word("   "), first_word("  hello there"))
    p = child.parent
    assert p is not None
    print(p.values, p.parent)
    g = child.get("port")
    assert g is not None
    print(g + 1)


if __name__ == "__main__":
    main()
