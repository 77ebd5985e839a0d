# @dataclass(frozen=True): hashable instances in sets and as dict keys; assignment raises FrozenInstanceError (an AttributeError).
from dataclasses import dataclass


@dataclass(frozen=True)
class Pos:
    x: int
    y: int

    def moved(self, dx: int, dy: int) -> "Pos":
        return Pos(self.x + dx, self.y + dy)


@dataclass(frozen=True)
class Key:
    kind: str
    num: int


def main() -> None:
    p = Pos(1, 2)
    print(p, p.moved(3, -1), p)
    try:
        p.x = 10
        print("not reached")
    except AttributeError as e:
        print("AttributeError:", e)
    print(p)
    seen = {Pos(0, 0), Pos(1, 2), Pos(0, 0), p, p.moved(0, 0)}
    print(len(seen), Pos(1, 2) in seen, Pos(2, 1) in seen)
    print(sorted(seen, key=lambda q: (q.x, q.y)))
    cur = Pos(0, 0)
    trail = {cur}
    for step in "RRULLDDR":
        if step == "R":
            cur = cur.moved(1, 0)
        elif step == "L":
            cur = cur.moved(-1, 0)
        elif step == "U":
            cur = cur.moved(0, 1)
        else:
            cur = cur.moved(0, -1)
        trail.add(cur)
    print(cur, len(trail))
    costs: dict[Key, int] = {}
    for kind, num, c in [("a", 1, 5), ("b", 2, 7), ("a", 1, 3), ("a", 2, 1)]:
        k = Key(kind, num)
        costs[k] = costs.get(k, 0) + c
    print(costs)
    print(costs[Key("a", 1)], Key("b", 2) in costs, Key("b", 1) in costs)
    try:
        k2 = Key("z", 0)
        k2.num = 5
    except AttributeError as e:
        print("caught:", str(e))
    print(Pos(3, 4) == Pos(3, 4), Pos(3, 4) != Pos(4, 3))


if __name__ == "__main__":
    main()
