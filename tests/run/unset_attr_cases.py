# Attributes that may be unset, of every type: reads raise AttributeError
# (caught here), and reads after assignment see the value.
from typing import Optional


class Node:
    def __init__(self, v: int) -> None:
        self.v = v

    def __repr__(self) -> str:
        return f"Node({self.v})"


class Many:
    tags: list[str]
    count: int

    def __init__(self, full: bool) -> None:
        if full:
            self.i = 7
            self.f = 2.5
            self.flag = True
            self.s = "text"
            self.xs = [1, 2]
            self.d = {"a": 1}
            self.st = {3}
            self.t = (1, "one")
            self.oi: Optional[int] = None
            self.on: Optional[Node] = Node(4)
            self.node = Node(5)

    def fill(self) -> None:
        self.tags = ["x", "y"]
        self.count = 0


def attempt(label: str, m: Many) -> None:
    try:
        print(label, m.i)
    except AttributeError as e:
        print(label, "i:", e)
    try:
        print(label, m.f + 1.0)
    except AttributeError as e:
        print(label, "f:", e)
    try:
        print(label, not m.flag)
    except AttributeError as e:
        print(label, "flag:", e)
    try:
        print(label, m.s.upper())
    except AttributeError as e:
        print(label, "s:", e)
    try:
        print(label, len(m.xs), m.xs[0])
    except AttributeError as e:
        print(label, "xs:", e)
    try:
        print(label, m.d["a"])
    except AttributeError as e:
        print(label, "d:", e)
    try:
        print(label, 3 in m.st)
    except AttributeError as e:
        print(label, "st:", e)
    try:
        print(label, m.t[1])
    except AttributeError as e:
        print(label, "t:", e)
    try:
        print(label, m.oi is None)
    except AttributeError as e:
        print(label, "oi:", e)
    try:
        print(label, m.on)
    except AttributeError as e:
        print(label, "on:", e)
    try:
        print(label, m.node.v)
    except AttributeError as e:
        print(label, "node:", e)
    try:
        print(label, m.tags, m.count)
    except AttributeError as e:
        print(label, "tags:", e)


attempt("full", Many(True))
empty = Many(False)
attempt("empty", empty)
empty.fill()
empty.count += 2
empty.i = -1
empty.oi = 0
attempt("filled", empty)

# Augmented assignment on an unset attribute reads it first.
other = Many(False)
try:
    other.count += 1
except AttributeError as e:
    print("augmented:", e)


# A class-level value is what CPython reads while the instance has none.
class Defaults:
    n: int = 3
    name: str = "anon"

    def __init__(self, b: bool) -> None:
        if b:
            self.n = 5
            self.name = "named"


print(Defaults(False).n, Defaults(True).n, Defaults(False).name, Defaults(True).name)
dd = Defaults(True)
del dd.n
print(dd.n)
try:
    del dd.n
except AttributeError as e:
    print("del again:", e)


# Reading an attribute inside __init__ before assigning it, and a method
# called before the assignment.
class Early:
    a: int

    def __init__(self) -> None:
        try:
            print(self.a)
        except AttributeError as e:
            print("early:", e)
        self.report()
        self.a = 1
        self.b = 2.0
        self.report()

    def report(self) -> None:
        try:
            print("report", self.a, self.b)
        except AttributeError as e:
            print("report:", e)


Early()


# A subclass that skips super().__init__(), and one that calls it.
class Base:
    def __init__(self) -> None:
        self.x = 10
        self.y: Optional[float] = None


class Skip(Base):
    def __init__(self) -> None:
        self.z = 1


class Call(Base):
    def __init__(self) -> None:
        super().__init__()
        self.z = 2


for b in [Base(), Skip(), Call()]:
    try:
        print(type(b).__name__, b.x, b.y)
    except AttributeError as e:
        print(type(b).__name__, e)


# del, then assignment again.
n = Node(1)
del n.v
try:
    print(n)
except AttributeError as e:
    print("repr:", e)
n.v = 9
print(n)


# Attributes set on paths through try, early return and loops.
class Paths:
    def __init__(self, k: int) -> None:
        if k == 0:
            return
        try:
            self.a = 10 // (k - 1)
        except ZeroDivisionError:
            pass
        for _ in range(k - 2):
            self.b = "loop"
        self.c = True


for k in range(4):
    p = Paths(k)
    for name in ["a", "b", "c"]:
        try:
            if name == "a":
                print(k, p.a)
            elif name == "b":
                print(k, p.b)
            else:
                print(k, p.c)
        except AttributeError as e:
            print(k, e)
