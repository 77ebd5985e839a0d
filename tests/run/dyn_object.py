# `object` as the type of parameters, variables and containers: any value
# converts in, isinstance narrows out; typed containers passed as object
# keep their own element types.


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Point):
            return False
        return self.x == other.x and self.y == other.y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


def describe(o: object) -> str:
    if isinstance(o, bool):
        return "bool " + str(o)
    if isinstance(o, int):
        return "int " + str(o + 1)
    if isinstance(o, str):
        return "str " + o
    if isinstance(o, Point):
        return "point " + str(o.x + o.y)
    if isinstance(o, list):
        return "list of " + str(len(o)) + " first " + repr(o[0])
    if o is None:
        return "none"
    return "other " + repr(o)


def same(a: object, b: object) -> bool:
    return a == b


nums: list[int] = [4, 5, 6]
things: list[object] = [1, "two", Point(1, 2), None, nums, 2.5, True, (1, "x")]
for t in things:
    print(describe(t))
print(things)
print(same(1, 1.0), same("a", "a"), same(Point(1, 2), Point(1, 2)), same(nums, [4, 5, 6]))
print(same(1, "1"), same(None, None), same(Point(1, 2), 3))


def grow(o: object) -> None:
    print(o, str(o), o == nums, o != [4, 5])
    if isinstance(o, list):
        print(len(o), o[1], o[-1])
        for v in o:
            print(v + 1)
        o.append(7)


grow(nums)
print(nums)
d: dict[object, object] = {1: "one", "two": 2, (3, 4): [5]}
print(d, d[1], d["two"], d[(3, 4)])
