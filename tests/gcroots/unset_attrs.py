# Collector roots: attributes that may be unset (checked by a null pointer
# or an assignment bit), assigned later, deleted and assigned again while
# garbage is allocated, and reads of unset ones raising AttributeError,
# caught and uncaught, with the collector running at every allocation.
from typing import Optional


class Cell:
    label: str
    items: list[str]
    count: int
    link: Optional["Cell"]

    def __init__(self, n: int) -> None:
        if n % 2 == 0:
            self.label = "cell" + str(n)
            self.count = n
        if n % 3 == 0:
            self.items = [str(i) * 3 for i in range(n % 5 + 1)]
            self.link = None


def describe(c: Cell) -> str:
    parts: list[str] = []
    try:
        parts.append(c.label)
    except AttributeError as e:
        parts.append(str(e))
    try:
        parts.append(str(c.count))
    except AttributeError as e:
        parts.append(str(e))
    try:
        parts.append(",".join(c.items))
    except AttributeError as e:
        parts.append(str(e))
    try:
        parts.append("link" if c.link is not None else "nolink")
    except AttributeError as e:
        parts.append(str(e))
    return " | ".join(parts)


cells = [Cell(n) for n in range(12)]
for i, c in enumerate(cells):
    garbage = [str(j) + "x" for j in range(20)]
    if i % 4 == 1:
        c.items = garbage[:3]
        c.link = cells[i - 1]
    print(describe(c))
for c in cells[::4]:
    if c.count >= 0:
        del c.label
        junk = {str(k): [k] for k in range(10)}
        c.label = "again" + str(len(junk))
for i in range(0, 12, 2):
    print(cells[i].label, cells[i].count)
print(describe(cells[1]))
print(cells[9].items[0])
del cells[9].items
print(len(cells[9].items))
