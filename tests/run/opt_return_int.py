# Optional[int] return values: None-or-value results printed directly, then narrowed with `is None` / `is not None`.
from typing import Optional


def find(xs: list[int], target: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def parse_int(s: str) -> Optional[int]:
    s = s.strip()
    if s.startswith("-"):
        rest = s[1:]
        return -int(rest) if rest.isdigit() else None
    if s.isdigit():
        return int(s)
    return None


def first_even(xs: list[int]) -> Optional[int]:
    for x in xs:
        if x % 2 == 0:
            return x
    return None


def main() -> None:
    xs = [4, 8, 15, 16, 23, 42]
    for t in [15, 4, 42, 7]:
        print(t, find(xs, t))
    r = find(xs, 16)
    if r is not None:
        print("found at", r, "value", xs[r], r * 10)
    r2 = find(xs, 99)
    if r2 is None:
        print("missing", r2)
    total = 0
    for s in ["12", " -7 ", "x1", "", "003", "-", "40"]:
        v = parse_int(s)
        print(repr(s), "->", v)
        if v is not None:
            total += v
    print("total", total)
    print(first_even([1, 3, 5]), first_even([1, 6, 8]), first_even([]))
    vals = [parse_int(s) for s in ["1", "two", "3"]]
    print(vals, vals.count(None), None in vals)
    good = [v for v in vals if v is not None]
    print(good, sum(good))
    e = first_even([0, 1])
    print(e, e is None, e == 0)


if __name__ == "__main__":
    main()
