# Bindings stay bound after the statement, also when a guard fails, and
# at module level they are globals that functions read.
from dataclasses import dataclass


def last_bound(xs: list[int]) -> int:
    match xs:
        case [x, *_] if x > 5:
            return -x
        case _:
            pass
    return x


print(last_bound([9, 1]), last_bound([2, 1]))

values = [(1, "a"), (2, "b")]
match values:
    case [(n, s), *more]:
        pass


def read_globals() -> str:
    return f"{n} {s} {more}"


print(read_globals())

# Or-patterns binding the same names in different places.
for item in [[1, 2], [3], [4, 5, 6]]:
    match item:
        case [a, b] | [a, _, b]:
            print("pair-ish", a, b)
        case [a]:
            print("single", a)


@dataclass
class Node:
    value: int
    children: list["Node"]


def total(n: Node) -> int:
    match n:
        case Node(value=v, children=[]):
            return v
        case Node(v, [Node(value=c)]):
            return v + c
        case Node(v, kids):
            return v + sum(total(k) for k in kids)


tree = Node(1, [Node(2, []), Node(3, [Node(4, [])]), Node(5, [Node(6, [])])])
print(total(tree))

# As-patterns at every level.
match (1, [2, 3]):
    case (1 as one, [2, _] as pair) as whole:
        print(one, pair, whole)

# A dict of lists and a list of dicts.
inventory: dict[str, list[int]] = {"apples": [3, 4], "pears": []}
for name in ["apples", "pears", "plums"]:
    match inventory:
        case {"apples": [first, *_]} if name == "apples":
            print(name, "first batch", first)
        case {"pears": []} if name == "pears":
            print(name, "none left")
        case _:
            print(name, "unknown")

events: list[dict[str, int]] = [{"x": 1, "y": 2}, {"x": 5}, {"z": 0}]
for ev in events:
    match ev:
        case {"x": x, "y": y}:
            print("point", x, y)
        case {"x": x}:
            print("line", x)
        case other:
            print("other", other)

# A loop that keeps matching until a command stops it.
queue = ["go 3", "go 4", "stop", "go 9"]
pos = 0
i = 0
while True:
    match queue[i].split():
        case ["go", steps]:
            pos += int(steps)
        case ["stop"]:
            break
    i += 1
print("pos", pos, "at", i)
