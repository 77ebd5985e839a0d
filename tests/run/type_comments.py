from typing import List, Tuple, Dict, Optional


class Box:
    def __init__(self) -> None:
        self.items = []  # type: List[int]
        self.best = None  # type: Optional[int]

    def add(self, x: int) -> None:
        self.items.append(x)
        if self.best is None or x > self.best:
            self.best = x


a = []  # type: List[Tuple[int, ...]]
a.append((1,))
a.append((1, 2, 3))
a.append(())
counts = {}  # type: Dict[str, float]  # a second comment
counts["x"] = 1.5
z = 3  # type: ignore
w = []  # type:List[str]
w.append("s")
b = Box()
b.add(4)
b.add(9)
print(a, counts, z, w, b.items, b.best)
