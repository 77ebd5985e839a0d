# Class-heavy loop: particles whose attributes are all assigned in
# __init__ (so reads need no assignment check), moved and collided in a
# grid, with a linked list of events. Compare objects_unset.py, the same
# program whose attributes are assigned by a method instead.
from typing import Optional


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def add(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y)


class Particle:
    def __init__(self, i: int) -> None:
        self.pos = Vec(float(i % 97), float(i % 89))
        self.vel = Vec(float(i % 7) - 3.0, float(i % 5) - 2.0)
        self.hits = 0
        self.alive = True


class Event:
    def __init__(self, who: int, nxt: Optional["Event"]) -> None:
        self.who = who
        self.nxt = nxt


def step(ps: list[Particle], size: float) -> int:
    bounced = 0
    for p in ps:
        p.pos = p.pos.add(p.vel)
        if p.pos.x < 0.0 or p.pos.x > size:
            p.vel.x = -p.vel.x
            p.hits += 1
            bounced += 1
        if p.pos.y < 0.0 or p.pos.y > size:
            p.vel.y = -p.vel.y
            p.hits += 1
            bounced += 1
    return bounced


def main() -> None:
    ps = [Particle(i) for i in range(2000)]
    events: Optional[Event] = None
    total = 0
    for t in range(600):
        b = step(ps, 100.0)
        total += b
        if t % 50 == 0:
            events = Event(b, events)
    hits = 0
    for p in ps:
        hits += p.hits
    n = 0
    e = events
    while e is not None:
        n += e.who
        e = e.nxt
    print(total, hits, n)


main()
