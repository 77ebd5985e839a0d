# The truth of an Optional object calls the class's __bool__ or __len__
# when it is not None (difftest campaign M, seed 2112480: `if o:` tested
# only for None).
from typing import Optional


class Bag:
    def __init__(self, n: int) -> None:
        self.items = list(range(n))

    def __len__(self) -> int:
        return len(self.items)


class Flag:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        return self.on


class Plain:
    pass


def show(b: Optional[Bag], f: Optional[Flag], p: Optional[Plain]) -> None:
    print("bag" if b else "no bag", "flag" if f else "no flag", "plain" if p else "no plain")
    if b:
        print("non-empty bag of", len(b))
    print(bool(f), not b, (b or Bag(7)).items[-1:])


show(Bag(0), Flag(False), Plain())
show(Bag(2), Flag(True), None)
show(None, None, Plain())
