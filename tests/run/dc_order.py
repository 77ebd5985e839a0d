# @dataclass(order=True): instances compare field by field, so sorted/min/max/list.sort work on them.
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int
    patch: int = 0


@dataclass(order=True)
class Entry:
    score: int
    name: str


def main() -> None:
    vs = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9), Version(1, 2), Version(2, 0, 1)]
    print(sorted(vs))
    print(min(vs), max(vs))
    print(Version(1, 2) < Version(1, 2, 1), Version(1, 3) > Version(1, 2, 9), Version(1, 0) <= Version(1, 0, 0), Version(2, 0) >= Version(1, 99))
    vs.sort(reverse=True)
    print(vs)
    entries = [Entry(50, "cid"), Entry(90, "ann"), Entry(50, "bob"), Entry(70, "dee"), Entry(90, "abe")]
    print(sorted(entries))
    print(sorted(entries, reverse=True)[:3])
    print(sorted(entries, key=lambda e: e.name)[0])
    best = max(entries)
    print(best, best.name)
    print([e.name for e in sorted(entries, key=lambda e: (-e.score, e.name))])
    entries.sort()
    print([(e.score, e.name) for e in entries])
    print(Entry(1, "a") < Entry(1, "b"), Entry(2, "a") < Entry(1, "z"), Entry(3, "q") == Entry(3, "q"))


if __name__ == "__main__":
    main()
