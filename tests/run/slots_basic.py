# __slots__ as a tuple, a list and one string; slots set in __init__ and
# later, annotated slots, inheritance with and without slots, dir(), and
# reading a slot that is not set (caught, then uncaught).


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


class Point3(Point):
    __slots__ = ["z"]

    def __init__(self, x: int, y: int, z: int) -> None:
        super().__init__(x, y)
        self.z = z


class Named(Point):
    """No __slots__: instances have a __dict__ again."""

    def __init__(self, name: str) -> None:
        super().__init__(0, 0)
        self.name = name


class Lazy:
    __slots__ = "value"
    value: int

    def fill(self, v: int) -> None:
        self.value = v


p = Point(3, -4)
p.x += 10
print(p.x, p.y, p.norm1(), Point.__slots__, Point3.__slots__, Lazy.__slots__)
q = Point3(1, 2, 3)
q.z *= 5
print(q.x, q.y, q.z, q.norm1())
n = Named("origin")
n.name = n.name.upper()
print(n.name, n.x)
lz = Lazy()
try:
    print(lz.value)
except AttributeError as e:
    print("AttributeError:", e)
lz.fill(7)
print(lz.value)
del lz.value
print(hasattr(lz, "value"))
print(Lazy().value)
