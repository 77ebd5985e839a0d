from typing import NamedTuple, Optional
from collections import namedtuple
import collections


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self) -> "Point":
        return Point(self.y, self.x)


class Person(NamedTuple):
    name: str
    age: int
    email: Optional[str] = None


Pair = namedtuple("Pair", ["left", "right"])
Rgb = collections.namedtuple("Rgb", "r g b")


def shift(p: Point, d: int) -> Point:
    return p._replace(x=p.x + d)


p = Point(1, 2)
q = Point(x=3)
print(p, repr(q), p.x, p[1], p[-1], p[0:1], len(p), q.norm1(), p.swapped)
a, b = p
print(a, b, tuple(p), list(p), [v * 10 for v in p], sum(p))
print(p == (1, 2), p == Point(1, 2), p != q, p < q, q > p, sorted([q, p, Point(0, 5)]))
print(shift(p, 10), p._asdict(), Point._fields, p._fields, 2 in p, 7 in p)
d = {p: "p", q: "q"}
print(d[Point(1, 2)], {Point(1, 2), Point(1, 2), q} == {p, q})
for v in q:
    print(v)
bob = Person("Bob", 30)
print(bob, bob._replace(email="b@x.org"), bob.email is None, isinstance(bob, tuple))
pr = Pair(1, 2)
rgb = Rgb(255, 128, 0)
print(pr, pr.left + pr.right, rgb, rgb.g, rgb[2], Rgb._fields, pr == (1, 2))
x, y = Pair(3, 4)
print(x * y, max(Rgb(1, 9, 3)), "yes" if p else "empty")
people = [Person("Ann", 40), Person("Cid", 25), Person("Ann", 35)]
people.sort()
print(people)
print(min(people, key=lambda h: h.age).name, [h.name for h in people if h.age > 30])
for name, age, email in people:
    print(name, age, email)
for px, py in [Point(1, 2), Point(3, 4)]:
    print(px + py)
