# Objects are references: aliases see mutations, functions mutate arguments, lists and dicts share the same object.


class Box:
    def __init__(self, label: str, amount: int) -> None:
        self.label = label
        self.amount = amount
        self.tags: list[str] = []

    def show(self) -> str:
        return f"{self.label}:{self.amount}:{','.join(self.tags)}"


def add_to(b: Box, n: int) -> None:
    b.amount += n
    b.tags.append("+" + str(n))


def replace(b: Box) -> Box:
    b = Box("fresh", 0)
    b.amount = 99
    return b


def copy_box(b: Box) -> Box:
    c = Box(b.label + "'", b.amount)
    c.tags = b.tags[:]
    return c


def main() -> None:
    a = Box("a", 1)
    b = a
    b.amount = 5
    print(a.show(), b.show(), a is b)
    add_to(a, 3)
    print(a.show(), b.show())
    r = replace(a)
    print(a.show(), r.show(), a is r)
    c = copy_box(a)
    c.tags.append("copy")
    c.amount = -1
    print(a.show(), c.show(), a is c)
    shared_tags = a.tags
    shared_tags.append("shared")
    print(a.show(), b.show())
    boxes = [a, a, c]
    boxes[1].amount = 42
    print([x.show() for x in boxes])
    index: dict[str, Box] = {"first": a, "copy": c, "again": a}
    index["again"].label = "A"
    print(a.show(), index["first"].label, index["copy"].label)
    for bx in boxes:
        bx.amount += 1
    print(a.amount, c.amount, [x.amount for x in boxes])
    grid = [Box("cell", 0)] * 3
    grid[0].amount = 7
    print([x.amount for x in grid])
    cells = [Box("cell", i) for i in range(3)]
    cells[0].amount = 7
    print([x.amount for x in cells])
    d = a
    a = Box("new", 100)
    print(a.show(), d.show(), b.show())


if __name__ == "__main__":
    main()
